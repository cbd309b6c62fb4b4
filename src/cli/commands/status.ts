import { type Command, Option } from 'commander';
import { UsageError } from '../../core/errors.js';
import { escapeTerminalLines } from '../../core/text/terminal.js';
import type { Io } from '../io.js';

interface StatusCliOptions {
  year: string;
  format: 'text' | 'json' | 'markdown';
  due?: string;
  requests?: string;
  lang?: string;
}

export function registerStatus(program: Command, io: Io, state: { exitCode: number }): void {
  program
    .command('status')
    .description('who has sent their return: per actor, the actions and indicators reported, and who is late')
    .argument('[plan]', 'plan id, folder or plan.yaml (default: the plan under ./plans whose period contains the year)')
    .requiredOption('-y, --year <YYYY>', 'the year reported on')
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'),
    )
    .option('--due <YYYY-MM-DD>', 'the due date (default: the one nap request --due recorded)')
    .option('-l, --lang <tag>', 'language of the text and markdown: en, fr, nl (default en)')
    .option('--requests <dir>', 'folder of the data call record <plan>-<year>.call.yaml', 'requests')
    .addHelpText(
      'after',
      `
Examples:
  nap status --year 2015                     late and missing actors first
  nap status be-2013 --year 2015 -f markdown > reminder.md
  nap status --year 2015 -f json             for scripts (schemas/status.schema.json)
  nap status --year 2015 -f markdown --lang fr   a reminder for French-speaking ministries

Progress files written by hand count like collected ones. The due date and the actors asked
come from requests/<plan>-<year>.call.yaml, written by nap request (docs/format.md).
Exit codes: 0 every actor has reported everything, 1 something is missing (or the plan is
invalid), 2 usage or environment error.`,
    )
    .action(async (plan: string | undefined, options: StatusCliOptions) => {
      state.exitCode = await runStatusCommand(plan, options, io);
    });
}

async function runStatusCommand(plan: string | undefined, o: StatusCliOptions, io: Io): Promise<number> {
  if (!/^\d{4}$/.test(o.year)) throw new UsageError(`--year must be a year such as 2015, not '${o.year}'`);
  if (o.due !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.due))
    throw new UsageError(`--due must be a date written YYYY-MM-DD, not '${o.due}'`);
  const { runStatus } = await import('../../core/status/run.js');
  const m = await runStatus({
    plan,
    year: Number(o.year),
    cwd: io.cwd,
    ...(o.requests ? { requests: o.requests } : {}),
    ...(o.due ? { due: o.due } : {}),
    today: new Date().toISOString().slice(0, 10),
  });
  if (o.format === 'json') io.stdout.write(`${JSON.stringify(m, null, 2)}\n`);
  else {
    const { statusText, statusMarkdown, statusWords } = await import('../../core/status/format.js');
    const t = await statusWords(o.lang ?? 'en');
    io.stdout.write(escapeTerminalLines(o.format === 'markdown' ? statusMarkdown(m, t) : statusText(m, t)));
  }
  return m.complete ? 0 : 1;
}
