import { type Command, Option } from 'commander';
import { UsageError } from '../../core/errors.js';
import { escapeTerminal } from '../../core/text/terminal.js';
import type { Io } from '../io.js';
import { paintFor } from '../io.js';

interface ReportCliOptions {
  year: string;
  kind: 'parliament' | 'brief' | 'shadow' | 'all';
  assessor?: string;
  format: 'html' | 'pdf' | 'json' | 'all';
  lang?: string;
  out?: string;
  templates?: string;
  timeout: string;
}

export function registerReport(program: Command, io: Io, state: { exitCode: number }): void {
  program
    .command('report')
    .description(
      "render a year's progress report to parliament and the civil-society brief (or an assessor's shadow report), as HTML and PDF",
    )
    .argument('[plan]', 'plan id, folder or plan.yaml (default: the plan under ./plans whose period contains the year)')
    .requiredOption('-y, --year <YYYY>', 'the year reported on')
    .addOption(
      new Option('-k, --kind <kind>', 'which document')
        .choices(['parliament', 'brief', 'shadow', 'all'])
        .default('all'),
    )
    .option(
      '-a, --assessor <id>',
      'with --kind shadow: the shadow report of this assessor only (default: one per assessor of the year)',
    )
    .addOption(
      new Option('-f, --format <format>', 'output format: the documents, or json for their figures (README)')
        .choices(['html', 'pdf', 'json', 'all'])
        .default('all'),
    )
    .option('-l, --lang <tags>', "language(s) of the documents, comma-separated (default: the plan's language)")
    .option(
      '-o, --out <path>',
      'output folder (default: reports), or a file name ending in .html or .pdf when one document is written',
    )
    .option(
      '-t, --templates <dir>',
      'folder of templates, partials, styles, translations or assets/logo.svg overriding the built-in ones by file name',
    )
    .option('--timeout <seconds>', 'give up on a browser step after this many seconds', '60')
    .addHelpText(
      'after',
      `
Examples:
  nap report --year 2015                          both documents, HTML and PDF, in ./reports
  nap report be-2013 --year 2015 --kind brief --format html
  nap report --year 2015 --lang fr,nl             French and Dutch editions
  nap report --year 2015 -k brief -f pdf -o brief.pdf   one document, named
  nap report --year 2015 --templates my-templates our logo and cover, the rest built in
  nap report --year 2015 -f json -o figures.json  the figures as JSON (schemas/report.schema.json)
  nap report be-2013 --year 2015 --kind shadow    a shadow report per assessor of 2015 (assessments/)
  nap report be-2013 --year 2015 -k shadow --assessor wps-platform -f pdf

--kind all is the report to parliament and the brief; a shadow report is written only when asked
for (--kind shadow), as <plan>-<year>-shadow-<assessor>.<lang>.<html|pdf>.

Files are named <plan>-<year>-<kind>.<lang>.<html|pdf> (the JSON <plan>-<year>-data.<lang>.json)
and written atomically; input
files are never overwritten. PDFs need Chrome, Chromium or Edge (Debian: apt-get install
-y chromium); PUPPETEER_EXECUTABLE_PATH chooses the browser.
Exit codes: 0 written, 1 invalid plan or progress (as nap validate shows), 2 usage or
environment error, 130 interrupted.`,
    )
    .action(async (plan: string | undefined, options: ReportCliOptions) => {
      state.exitCode = await runReportCommand(plan, options, io);
    });
}

async function runReportCommand(plan: string | undefined, o: ReportCliOptions, io: Io): Promise<number> {
  if (!/^\d{4}$/.test(o.year)) throw new UsageError(`--year must be a year such as 2015, not '${o.year}'`);
  if (o.assessor !== undefined && o.kind !== 'shadow')
    throw new UsageError('--assessor chooses a shadow report', `add --kind shadow, or leave out --assessor`);
  const timeout = Number(o.timeout);
  if (!(timeout > 0)) throw new UsageError(`--timeout must be a number of seconds, not '${o.timeout}'`);
  const langs = (o.lang ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const { runReport } = await import('../../core/report/run.js');
  const { runContext, toldWritten } = await import('../run-context.js');
  const result = await runReport({
    plan,
    year: Number(o.year),
    kinds: o.kind === 'all' ? ['parliament', 'brief'] : [o.kind],
    ...(o.assessor !== undefined ? { assessor: o.assessor } : {}),
    formats: o.format === 'all' ? ['html', 'pdf'] : [o.format],
    langs,
    out: o.out,
    templatesDir: o.templates,
    ...(await runContext(io)),
    timeoutMs: timeout * 1000,
    onWritten: toldWritten(io),
  });
  const paint = paintFor(io.stderr, io.env);
  // Warnings quote files and their texts: escaped, then painted.
  for (const w of result.findings)
    io.stderr.write(
      `${paint.yellow('warning')} ${escapeTerminal(`${w.file}:${w.line}:${w.column} ${w.message}`)} ${paint.dim(w.code)}\n`,
    );
  for (const w of result.warnings) io.stderr.write(`${paint.yellow('warning')} ${escapeTerminal(w)}\n`);
  return 0;
}
