import { type Command, Option } from 'commander';
import { UsageError } from '../../core/errors.js';
import { displayPath } from '../../core/text/display-path.js';
import { escapeTerminal } from '../../core/text/terminal.js';
import type { Io } from '../io.js';
import { paintFor } from '../io.js';

interface DiffCliOptions {
  format: 'text' | 'markdown' | 'html' | 'pdf' | 'json';
  out?: string;
  lang?: string;
  threshold: string;
  progress: boolean;
  writeLineage?: true | string;
  replace?: boolean;
  templates?: string;
  timeout: string;
}

export function registerDiff(program: Command, io: Io, state: { exitCode: number }): void {
  program
    .command('diff')
    .description(
      'compare two editions of a plan: actions added, removed, reworded, renumbered, moved, and who gained or lost responsibility',
    )
    .argument(
      '<old>',
      'the earlier edition (id, folder or plan.yaml); alone, the plan to compare with the edition it supersedes',
    )
    .argument('[new]', 'the later edition')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['text', 'markdown', 'html', 'pdf', 'json'])
        .default('text'),
    )
    .option(
      '-o, --out <path>',
      "a folder, or a file name ending in the format's extension (.txt .md .json .html .pdf), which gives the format when --format is not given; default: the terminal for text, markdown and json, reports/ for html and pdf",
    )
    .option('-l, --lang <tag>', "language of the texts and words (default: the new edition's language)")
    .option(
      '--threshold <0..1>',
      'how alike two texts must be (share of common words) to count as the same action renumbered or moved',
      '0.5',
    )
    .option(
      '--no-progress',
      'compare the matrices alone; by default, when the old edition has progress files, the diff follows its commitments: last reported status, dropped, carried over, repeated',
    )
    .option(
      '--write-lineage [file]',
      'also write the new plan.yaml with `continues: <old>:<id>` proposed for each action matched to one of the old edition, for you to review and adopt (default reports/<new>.lineage.yaml; the plan itself is never changed)',
    )
    .option(
      '--replace',
      'with --write-lineage: write over a proposal already there (refused otherwise, since you may be reviewing it)',
    )
    .option('-t, --templates <dir>', 'templates and translations overriding the built-in ones')
    .option('--timeout <seconds>', 'give up on a browser step after this many seconds (pdf)', '60')
    .addHelpText(
      'after',
      `
Examples:
  nap diff be-2013 be-2013-rev                summary and changes in the terminal
  nap diff be-2013-rev                        against the edition it supersedes (be-2013)
  nap diff be-2013 be-2013-rev -f markdown    for a pull-request comment
  nap diff be-2013 be-2013-rev -f pdf         reports/be-2013-to-be-2013-rev.en.pdf
  nap diff be-2013 be-2013-rev -o changes.pdf one PDF, named (the extension gives the format)
  nap diff be-2013 be-2013-rev -f json -o changes.json   for other tools (README)
  nap diff be-2013 be-2013-rev --no-progress  the matrices alone, without plans/be-2013/progress
  nap diff be-2013 be-2013-rev --write-lineage   propose continues: lines in reports/be-2013-rev.lineage.yaml
  nap diff be-2013 be-2013-rev --write-lineage --replace   propose them again, over that file

Actions are matched by id first, then by wording: a renumbered or moved action keeps
most of its words. When the old edition has progress files (plans/<old>/progress/),
they are read and validated too: the diff then says what became of each commitment.
Exit codes: 0 identical in content, 1 different, 2 usage or environment error,
130 interrupted.`,
    )
    .action(async (oldRef: string, newRef: string | undefined, options: DiffCliOptions) => {
      state.exitCode = await runDiffCommand(oldRef, newRef, options, io);
    });
}

async function runDiffCommand(oldRef: string, newRef: string | undefined, o: DiffCliOptions, io: Io): Promise<number> {
  const threshold = Number(o.threshold);
  if (!(threshold > 0 && threshold <= 1))
    throw new UsageError(`--threshold must be a number above 0 and at most 1, not '${o.threshold}'`);
  const timeout = Number(o.timeout);
  if (!(timeout > 0)) throw new UsageError(`--timeout must be a number of seconds, not '${o.timeout}'`);
  const { runDiff } = await import('../../core/diff/run.js');
  const { runContext, toldWritten } = await import('../run-context.js');
  const result = await runDiff({
    old: oldRef,
    new: newRef,
    format: o.format,
    out: o.out,
    lang: o.lang,
    threshold,
    progress: o.progress,
    writeLineage: o.writeLineage,
    replace: o.replace,
    templatesDir: o.templates,
    ...(await runContext(io)),
    paint: paintFor(io.stdout, io.env),
    timeoutMs: timeout * 1000,
    // The diff itself may be on stdout.
    onWritten: toldWritten(io, io.stderr),
  });
  if (result.output !== undefined) io.stdout.write(result.output);
  const l = result.lineage;
  if (l) {
    const show = (p: string) => escapeTerminal(displayPath(p, io.cwd));
    io.stderr.write(
      l.added
        ? `lineage: continues proposed for ${l.added} action${l.added === 1 ? '' : 's'}${l.byWording ? ` (${l.byWording} matched by wording, not by id: marked with a comment, check them first)` : ''}${l.kept ? `, ${l.kept} already written kept` : ''}. Review it (diff ${show(l.plan)} ${show(l.file)}), then copy it over ${show(l.plan)} to adopt it.\n`
        : `lineage: nothing to propose${l.kept ? `: ${l.kept} actions already say what they continue` : ''}.\n`,
    );
    for (const d of l.differing)
      io.stderr.write(
        `lineage: ${escapeTerminal(d.id)} says continues: ${escapeTerminal(d.written)}; the matching suggests ${escapeTerminal(d.proposed)} (kept as written)\n`,
      );
  }
  return result.diff.identical ? 0 : 1;
}
