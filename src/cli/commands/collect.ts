import { type Command, Option } from 'commander';
import { UsageError } from '../../core/errors.js';
import { escapeTerminal, escapeTerminalLines } from '../../core/text/terminal.js';
import type { Io } from '../io.js';

interface CollectCliOptions {
  format: 'stylish' | 'json' | 'github' | 'sarif';
  replace?: boolean;
  dryRun?: boolean;
  plan?: string;
  year?: string;
  actor?: string;
}

export function registerCollect(program: Command, io: Io, state: { exitCode: number }): void {
  program
    .command('collect')
    .description('read returned workbooks (and YAML returns), check every cell, and write the progress files')
    .argument(
      '<files...>',
      "returns: .xlsx workbooks made by nap request (an actor's or an assessor's), filled in, or YAML returns",
    )
    .addOption(
      new Option('-f, --format <format>', 'output format of the problems found, as nap validate')
        .choices(['stylish', 'json', 'github', 'sarif'])
        .default('stylish'),
    )
    .option('--replace', 'replace a progress file that already holds other data (the changes are listed first)')
    .option('-n, --dry-run', 'check the returns and show the progress files they would give, without writing')
    .option('--plan <id>', 'refuse returns for another plan')
    .option('-y, --year <YYYY>', 'refuse returns for another year')
    .option('-a, --actor <id>', 'refuse returns from another actor')
    .addHelpText(
      'after',
      `
Examples:
  nap collect returns/*.xlsx                      check and write plans/<id>/progress/<year>/<actor>.yaml
  nap collect returns/*.xlsx --dry-run            show what would be written
  nap collect returns/defence.xlsx --replace      replace the defence file, listing the changes
  nap collect returns/*.xlsx --year 2015 -f github  annotations in CI

An assessor's return (nap request --assessor) goes to plans/<id>/assessments/<year>/<assessor>.yaml.

Each return is written only when it has no error; an existing progress file is replaced only
with --replace; collecting the same return twice changes nothing.
Exit codes: 0 collected (warnings allowed), 1 a return has errors or would replace a file,
2 usage or environment error.`,
    )
    .action(async (files: string[], options: CollectCliOptions) => {
      state.exitCode = await runCollectCommand(files, options, io);
    });
}

async function runCollectCommand(files: string[], o: CollectCliOptions, io: Io): Promise<number> {
  if (o.year !== undefined && !/^\d{4}$/.test(o.year))
    throw new UsageError(`--year must be a year such as 2015, not '${o.year}'`);
  const { runCollect } = await import('../../core/collect/run.js');
  const { loadMessages } = await import('../../core/render/messages.js');
  const { TemplateSource } = await import('../../core/render/template-source.js');
  const { describeChange } = await import('../../core/collect/changes.js');
  const { runContext } = await import('../run-context.js');
  const source = await TemplateSource.open();
  const wordings = await Promise.all(['en', 'fr', 'nl'].map(async (l) => (await loadMessages(source, l)).messages));
  const result = await runCollect({
    files,
    ...(await runContext(io)),
    replace: o.replace === true,
    dryRun: o.dryRun === true,
    expect: {
      ...(o.plan ? { plan: o.plan } : {}),
      ...(o.year ? { year: Number(o.year) } : {}),
      ...(o.actor ? { actor: o.actor } : {}),
    },
    wordings,
  });
  // Machine formats keep stdout for the findings alone; what was written goes to stderr then.
  const say = o.format === 'stylish' ? io.stdout : io.stderr;
  for (const r of result.outcomes) {
    const file = escapeTerminal(r.file);
    const target = escapeTerminal(r.target ?? '');
    const errors = result.findings.filter((f) => f.file === r.file && f.severity === 'error').length;
    if (r.changes.length && r.state !== 'unchanged') {
      say.write(
        `${target}: ${r.changes.length} field${r.changes.length === 1 ? '' : 's'} change${r.changes.length === 1 ? 's' : ''}\n`,
      );
      for (const c of r.changes) say.write(`  ${escapeTerminal(describeChange(c))}\n`);
    }
    if (r.state === 'written') say.write(`collected ${file} -> ${target} (${r.actions} actions)\n`);
    else if (r.state === 'unchanged') say.write(`unchanged ${target}: it already holds ${file}\n`);
    else if (r.state === 'empty') say.write(`not collected ${file}: nothing is filled in, nothing written\n`);
    else if (r.state === 'dry-run') {
      say.write(`would write ${target} from ${file} (--dry-run):\n`);
      say.write(`${escapeTerminalLines(r.yaml ?? '')}\n`);
    } else say.write(`not collected ${file}: ${errors} error${errors === 1 ? '' : 's'}, nothing written\n`);
  }
  if (o.format !== 'stylish' || result.findings.length) {
    const { render } = await import('../render-findings.js');
    // github and sarif place a finding by line and column alone: the cell (with its sheet) leads the message.
    const shown =
      o.format === 'github' || o.format === 'sarif'
        ? result.findings.map((f) => (f.cell ? { ...f, message: `${f.cell}: ${f.message}` } : f))
        : result.findings;
    await render(o.format, shown, { sources: new Map(), files }, io);
  }
  return result.findings.some((f) => f.severity === 'error') ? 1 : 0;
}
