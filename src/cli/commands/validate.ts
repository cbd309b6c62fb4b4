import { availableParallelism } from 'node:os';
import { type Command, Option } from 'commander';
import { UsageError } from '../../core/errors.js';
import type { Io } from '../io.js';

type Format = 'stylish' | 'json' | 'github' | 'sarif';

interface ValidateOptions {
  format: Format;
  strict?: boolean;
  quiet?: boolean;
  jobs: number;
}

export function registerValidate(program: Command, io: Io, state: { exitCode: number }): void {
  program
    .command('validate')
    .description(
      'check plans and their progress files against the format: YAML, schema and the rules of docs/format.md',
    )
    .argument(
      '[paths...]',
      'plan folders, plan.yaml, progress or narrative files, folders of plans, or plan ids (default: every plan under ./plans)',
    )
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['stylish', 'json', 'github', 'sarif'])
        .default('stylish'),
    )
    .option('--strict', 'fail (exit 1) on warnings too')
    .option('-q, --quiet', 'report errors only, no warnings')
    .option(
      '-j, --jobs <n>',
      'check a folder of many plans on n threads at once (default: one per core; 1 for one thread)',
      parseJobs,
      availableParallelism(),
    )
    .addHelpText(
      'after',
      `
Examples:
  nap validate                          every plan under ./plans
  nap validate plans/be-2013            one plan with all its progress files
  nap validate be-2013 --strict         fail on warnings too
  nap validate --format github          annotations on GitHub pull requests
  nap validate --format json > out.json findings as JSON (documented in README)

Exit codes: 0 valid (warnings allowed unless --strict), 1 invalid, 2 usage or file error.`,
    )
    .action(async (paths: string[], options: ValidateOptions) => {
      state.exitCode = await runValidate(paths, options, io);
    });
}

async function runValidate(paths: string[], options: ValidateOptions, io: Io): Promise<number> {
  // Threads for a folder of many plans start before the checks are loaded here (threads.ts).
  const { startThreadsEarly } = await import('../../core/validate/threads.js');
  const threads = startThreadsEarly(paths, io.cwd, options.jobs);
  const { summarizePaths } = await import('../../core/validate/index.js');
  const run = await summarizePaths(paths, io.cwd, { jobs: options.jobs, threads });
  const shown = options.quiet ? run.findings.filter((f) => f.severity === 'error') : run.findings;
  const { render } = await import('../render-findings.js');
  await render(options.format, shown, run, io);
  const errors = run.findings.some((f) => f.severity === 'error');
  const warnings = run.findings.some((f) => f.severity === 'warning');
  return errors || (options.strict && warnings) ? 1 : 0;
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new UsageError(`--jobs takes a whole number from 1 to 64, not '${value}'`);
  return n;
}
