import { type Command, Option } from 'commander';
import { UsageError } from '../../core/errors.js';
import { displayPath } from '../../core/text/display-path.js';
import { escapeTerminal } from '../../core/text/terminal.js';
import type { Io } from '../io.js';

interface RequestCliOptions {
  year: string;
  actor?: string[];
  assessor?: string[];
  assessorName?: string;
  assessorShort?: string;
  assessorType?: string;
  scale?: string;
  due?: string;
  lang?: string;
  format: 'xlsx' | 'yaml';
  out?: string;
  replace?: boolean;
}

export function registerRequest(program: Command, io: Io, state: { exitCode: number }): void {
  program
    .command('request')
    .description("write the year's data call: one pre-filled return per responsible actor, to fill in and send back")
    .argument('[plan]', 'plan id, folder or plan.yaml (default: the plan under ./plans whose period contains the year)')
    .requiredOption('-y, --year <YYYY>', 'the year reported on')
    .option('-a, --actor <ids...>', 'only these actors (default: every actor responsible for an action)')
    .option(
      '--assessor <ids...>',
      'independent assessors (civil society, academia, parliament): one assessment return each, every action of the plan',
    )
    .option('--assessor-name <name>', 'the full name of an assessor the plan does not declare (with one --assessor)')
    .option('--assessor-short <name>', 'its short name, for tables')
    .option('--assessor-type <type>', 'its type: civil-society (default), academia or parliament')
    .option('--scale <id>', "the scale assessors rate on: one of the plan's scales (default: completion)")
    .option('--due <YYYY-MM-DD>', 'date by which returns are due: printed in each return, remembered for nap status')
    .option('-l, --lang <tag>', "language of the returns (default: the plan's language)")
    .addOption(
      new Option('-f, --format <format>', 'xlsx workbooks, or commented YAML')
        .choices(['xlsx', 'yaml'])
        .default('xlsx'),
    )
    .option(
      '-o, --out <path>',
      'output folder (default: requests), or a file name ending in .xlsx or .yaml for one actor or assessor',
    )
    .option('--replace', 'write over a return already there that differs from the new one (it may have been filled in)')
    .addHelpText(
      'after',
      `
Examples:
  nap request --year 2015 --due 2016-01-31          a workbook per actor in ./requests
  nap request be-2013 --year 2015 --actor defence    one actor's return
  nap request --year 2015 --lang fr --format yaml     commented YAML returns in French
  nap request --year 2015 --assessor wps-platform     an assessor's return (declared in plan.yaml
                                                      or in an assessment file of the plan)
  nap request --year 2016 --assessor gaps --assessor-name "Gender Action for Peace and Security"
                                                      a new assessor, declared in its return

Returns are named <plan>-<year>-<actor>.xlsx, assessors' <plan>-<year>-assessment-<id>.xlsx; the call (due date, actors asked) is recorded in
<plan>-<year>.call.yaml beside them, where nap status finds it. Then: nap collect <returns...>.
A return already there that differs from the new one (filled in and sent back under its name, or
made before answers were collected) is kept as it is unless --replace is given.
Exit codes: 0 written, 1 invalid plan or a return kept, 2 usage or environment error.`,
    )
    .action(async (plan: string | undefined, options: RequestCliOptions) => {
      state.exitCode = await runRequestCommand(plan, options, io);
    });
}

async function runRequestCommand(plan: string | undefined, o: RequestCliOptions, io: Io): Promise<number> {
  if (!/^\d{4}$/.test(o.year)) throw new UsageError(`--year must be a year such as 2015, not '${o.year}'`);
  if (o.due !== undefined && !isDate(o.due))
    throw new UsageError(`--due must be a date written YYYY-MM-DD, not '${o.due}'`, 'for example --due 2016-01-31');
  const { runRequest } = await import('../../core/request/run.js');
  const { runContext, toldWritten } = await import('../run-context.js');
  const result = await runRequest({
    plan,
    year: Number(o.year),
    actors: list(o.actor),
    format: o.format,
    assessors: list(o.assessor),
    ...(o.assessorName !== undefined ? { assessorName: o.assessorName } : {}),
    ...(o.assessorShort !== undefined ? { assessorShort: o.assessorShort } : {}),
    ...(o.assessorType !== undefined ? { assessorType: o.assessorType } : {}),
    ...(o.scale !== undefined ? { scale: o.scale } : {}),
    ...(o.lang ? { lang: o.lang } : {}),
    ...(o.due ? { due: o.due } : {}),
    out: o.out,
    replace: o.replace === true,
    ...(await runContext(io)),
    onWritten: toldWritten(io),
  });
  if (!result.record)
    io.stderr.write('note: --out names one file, so the call was not recorded for nap status (give a folder)\n');
  for (const file of result.kept)
    io.stderr.write(
      `kept ${escapeTerminal(displayPath(file, io.cwd))}: it differs from the return nap writes now, and may have been filled in; collect it or move it away first, or give --replace to write over it\n`,
    );
  return result.kept.length ? 1 : 0;
}

/** Ids given as several values or separated by commas. */
function list(ids: string[] | undefined): string[] {
  return (ids ?? [])
    .flatMap((a) => a.split(','))
    .map((a) => a.trim())
    .filter(Boolean);
}

function isDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
