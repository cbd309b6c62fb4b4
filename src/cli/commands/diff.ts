import { Option, type Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import type { Io } from '../io.js';
import { paintFor } from '../io.js';
import { displayPath } from '../../core/load/discover.js';

interface DiffCliOptions {
  format: 'text' | 'markdown' | 'html' | 'pdf' | 'json';
  out?: string;
  lang?: string;
  threshold: string;
  templates?: string;
}

export function registerDiff(program: Command, io: Io, state: { exitCode: number }): void {
  program
    .command('diff')
    .description('compare two editions of a plan: actions added, removed, reworded, renumbered, moved, and who gained or lost responsibility')
    .argument('<old>', 'the earlier edition (id, folder or plan.yaml); alone, the plan to compare with the edition it supersedes')
    .argument('[new]', 'the later edition')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'html', 'pdf', 'json']).default('text'))
    .option('-o, --out <file>', 'write to this file (html and pdf default to reports/<old>-to-<new>.<lang>.<ext>)')
    .option('-l, --lang <tag>', "language of the texts (default: the new edition's language)")
    .option('--threshold <0..1>', 'how alike two texts must be (share of common words) to count as the same action renumbered or moved', '0.5')
    .option('-t, --templates <dir>', 'templates overriding the built-in ones (html and pdf)')
    .addHelpText('after', `
Examples:
  nap diff be-2013 be-2013-rev                summary and changes in the terminal
  nap diff be-2013-rev                        against the edition it supersedes (be-2013)
  nap diff be-2013 be-2013-rev -f markdown    for a pull-request comment
  nap diff be-2013 be-2013-rev -f pdf         a document for parliament and civil society
  nap diff be-2013 be-2013-rev -f json        for other tools (documented in README)

Actions are matched by id first, then by wording: a renumbered or moved action keeps
most of its words. Exit codes: 0 identical in content, 1 different, 2 usage or environment error.`)
    .action(async (oldRef: string, newRef: string | undefined, options: DiffCliOptions) => {
      state.exitCode = await runDiffCommand(oldRef, newRef, options, io);
    });
}

async function runDiffCommand(oldRef: string, newRef: string | undefined, o: DiffCliOptions, io: Io): Promise<number> {
  const threshold = Number(o.threshold);
  if (!(threshold > 0 && threshold <= 1)) throw new UsageError(`--threshold must be a number above 0 and at most 1, not '${o.threshold}'`);
  const { runDiff } = await import('../../core/diff/run.js');
  const { version } = await import('../version.js');
  const result = await runDiff({
    old: oldRef,
    ...(newRef !== undefined ? { new: newRef } : {}),
    format: o.format,
    ...(o.out !== undefined ? { out: o.out } : {}),
    ...(o.lang !== undefined ? { lang: o.lang } : {}),
    threshold,
    ...(o.templates !== undefined ? { templatesDir: o.templates } : {}),
    cwd: io.cwd,
    env: io.env,
    platform: io.platform ?? 'linux',
    now: new Date(),
    paint: paintFor(io.stdout, io.env),
    ...(io.signal ? { signal: io.signal } : {}),
    creator: `nap ${version}`,
  });
  if (result.output !== undefined) io.stdout.write(result.output);
  if (result.written) io.stderr.write(`wrote ${displayPath(result.written, io.cwd)}\n`);
  return result.diff.identical ? 0 : 1;
}
