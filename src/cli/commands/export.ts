import { type Command, Option } from 'commander';
import type { Io } from '../io.js';

interface ExportCliOptions {
  format: 'csv' | 'json' | 'xlsx' | 'datapackage' | 'all';
  lang?: string;
  out?: string;
}

export function registerExport(program: Command, io: Io, state: { exitCode: number }): void {
  program
    .command('export')
    .description('write the plan and its progress as open data: tidy tables in CSV, JSON, a workbook or a Data Package')
    .argument('[plan]', 'plan id, folder or plan.yaml (default: the only plan under ./plans)')
    .addOption(
      new Option('-f, --format <format>', 'csv, json, xlsx, datapackage (CSV files with datapackage.json), or all')
        .choices(['csv', 'json', 'xlsx', 'datapackage', 'all'])
        .default('all'),
    )
    .option('-l, --lang <tag>', "language of the texts, one the plan lists (default: the plan's language)")
    .option('-o, --out <path>', 'output folder (default: export), or a file name ending in .json or .xlsx')
    .addHelpText(
      'after',
      `
Tables: actions, indicators, statuses, progress, values (README, "Export": column names are stable).

Examples:
  nap export be-2013                              every format in ./export
  nap export be-2013 -f datapackage -o open-data  open-data/be-2013/datapackage.json and its CSVs
  nap export be-2013 -f xlsx -o nap.xlsx          one workbook, a sheet per table
  nap export my-plan -f csv --lang fr             CSV files with the French texts (the plan lists fr)

Files: <plan>-<table>.csv, <plan>.json, <plan>.xlsx, <plan>/datapackage.json with <plan>/<table>.csv.
CSV is RFC 4180, UTF-8; a text cell beginning with = + - or @ gets a leading ' so that
spreadsheet programs do not run it as a formula (JSON and xlsx keep the text as it is).
Exit codes: 0 written, 1 invalid plan or progress (as nap validate shows), 2 usage or environment error.`,
    )
    .action(async (plan: string | undefined, o: ExportCliOptions) => {
      const { runExport } = await import('../../core/export/run.js');
      const { EXPORT_FORMATS } = await import('../../core/output/open-data.js');
      const { runContext, toldWritten } = await import('../run-context.js');
      const result = await runExport({
        plan,
        formats: o.format === 'all' ? [...EXPORT_FORMATS] : [o.format],
        lang: o.lang,
        out: o.out,
        ...(await runContext(io)),
        onWritten: toldWritten(io),
      });
      const { writeWarnings } = await import('../render-findings.js');
      writeWarnings(io, result.findings, result.warnings);
      state.exitCode = 0;
    });
}
