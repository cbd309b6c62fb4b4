import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { discoverPlans } from '../load/discover.js';
import { Formatter } from '../model/format.js';
import { realPaths } from '../output/atomic.js';
import { type OutputJob, type StageOptions, withDocumentStage } from '../output/documents.js';
import { resolveTargets } from '../output/targets.js';
import { loadMessages } from '../render/messages.js';
import { TemplateSource } from '../render/template-source.js';
import { displayPath } from '../text/display-path.js';
import type { Paint } from '../text/paint.js';
import { type LoadedPlan, loadPlan } from '../validate/load-plan.js';
import { ValidationFailedError } from '../validate/validation-failed.js';
import { compareEditions } from './diff-plans.js';
import { formatDiffMarkdown } from './format-markdown.js';
import { formatDiffText } from './format-text.js';
import type { LineageProposal } from './lineage.js';
import { DEFAULT_THRESHOLD } from './match.js';
import type { PlanDiff } from './types.js';

/** What each format makes of a diff: text for the terminal or a file, or a document to render. */
const FORMATS = {
  text: (d, f, paint) => formatDiffText(d, paint, f),
  markdown: (d, f) => formatDiffMarkdown(d, f),
  json: (d) => `${JSON.stringify(d, null, 2)}\n`,
  html: 'document',
  pdf: 'document',
} as const satisfies Record<string, ((d: PlanDiff, f: Formatter, paint: Paint) => string) | 'document'>;

export type DiffFormat = keyof typeof FORMATS;

export interface DiffRunOptions
  extends Pick<StageOptions, 'env' | 'platform' | 'signal' | 'holdSignals' | 'timeoutMs' | 'onWritten' | 'launch'> {
  old: string;
  /** Absent: compare `old` with the edition it supersedes. */
  new?: string;
  format: DiffFormat;
  /** A folder, or a file named with the format's extension; absent: stdout for text formats, ./reports for documents. */
  out?: string;
  lang?: string;
  threshold?: number;
  /** false: compare the matrices alone, without following the old edition's commitments through its progress files. */
  progress?: boolean;
  /** Also write the new plan.yaml with `continues:` proposed from the matching: true for the default file, or where. */
  writeLineage?: true | string;
  /** With writeLineage: write over a proposal already there (refused otherwise: a person may be reviewing it). */
  replace?: boolean;
  templatesDir?: string;
  cwd: string;
  now: Date;
  paint: Paint;
  creator: string;
}

export interface DiffRunResult {
  diff: PlanDiff;
  /** What to print on stdout (text formats without --out). */
  output?: string;
  written: string[];
  /** With writeLineage: what was proposed and where. */
  lineage?: Omit<LineageProposal, 'text'> & { file: string; plan: string };
}

/** `nap diff` as a function: load and validate both editions, compare, hand the result to the output stage. */
export async function runDiff(o: DiffRunOptions): Promise<DiffRunResult> {
  const [before, after] = await editions(o);
  const threshold = o.threshold ?? DEFAULT_THRESHOLD;
  const lang = o.lang ?? after.plan.lang;
  const source = await TemplateSource.open(o.templatesDir && resolve(o.cwd, o.templatesDir), o.templatesDir);
  const f = new Formatter(lang, (await loadMessages(source, lang)).messages);
  const { diff, oldIdOf } = compareEditions(before.plan, after.plan, {
    threshold,
    idThreshold: Math.min(0.25, threshold),
    lang,
    oldProgress: before.progress,
  });
  const make = FORMATS[o.format];
  const toStdout = make !== 'document' && o.out === undefined;
  if (toStdout && o.writeLineage === undefined) return { diff, output: make(diff, f, o.paint), written: [] };
  const [target] = toStdout
    ? []
    : await resolveTargets(o.cwd, o.out, 'reports', [
        { name: `${before.plan.id}-to-${after.plan.id}.${lang}`, format: o.format },
      ]);
  const lineage =
    o.writeLineage === undefined ? undefined : await lineageJob(o, before, after, oldIdOf, wordingNotes(diff, f));
  const inputs = await realPaths([...before.inputs, ...after.inputs]);
  return withDocumentStage({ ...o, inputs }, async (stage) => {
    const jobs: OutputJob[] = lineage ? [lineage.job] : [];
    if (toStdout)
      return { diff, output: make(diff, f, o.paint), written: await stage.write(jobs), lineage: lineage?.info };
    let job: OutputJob;
    if (make !== 'document') job = { target: target!, content: make(diff, f, o.paint) };
    else {
      // Templates only for documents: text formats stay light.
      const { diffDocument } = await import('./document.js');
      job = await diffDocument(diff, {
        target: target!,
        format: o.format as 'html' | 'pdf',
        source,
        f,
        now: o.now,
        creator: o.creator,
      });
    }
    return { diff, written: await stage.write([job, ...jobs]), lineage: lineage?.info };
  });
}

/** The new plan.yaml with `continues:` proposed, as a new file for a person to review: the plan itself is an input, never written. */
async function lineageJob(
  o: DiffRunOptions,
  before: LoadedPlan,
  after: LoadedPlan,
  oldIdOf: ReadonlyMap<string, string>,
  notes: ReadonlyMap<string, string>,
): Promise<{ job: OutputJob; info: NonNullable<DiffRunResult['lineage']> }> {
  const [target] = await resolveTargets(o.cwd, o.writeLineage === true ? undefined : o.writeLineage, 'reports', [
    { name: `${after.plan.id}.lineage`, format: 'yaml' },
  ]);
  // A proposal already written may be half reviewed: never replaced unless asked (a pipe or device is written into).
  if (!o.replace && (await stat(target!).catch(() => undefined))?.isFile()) {
    const shown = displayPath(target!, o.cwd);
    throw new UsageError(
      `${shown} already exists, and may hold your review of an earlier proposal`,
      `name another file (--write-lineage <file>), or add --replace to write over ${shown}`,
    );
  }
  const planFile = displayPath(after.folder.plan.path, o.cwd);
  const source = after.sources.get(planFile);
  if (source === undefined) throw new Error(`the text of ${planFile} was not kept`);
  const { proposeLineage } = await import('./lineage.js');
  const { text, ...counts } = proposeLineage(source, before.plan.id, oldIdOf, notes);
  return { job: { target: target!, content: text }, info: { ...counts, file: target!, plan: after.folder.plan.path } };
}

/** The proposals a person must check first: actions matched by wording, not by id. */
function wordingNotes(diff: PlanDiff, f: Formatter): Map<string, string> {
  const notes = new Map<string, string>();
  for (const c of diff.changes)
    if (c.match?.by === 'text' && c.newId)
      notes.set(c.newId, f.t('editions.lineageByWording', { share: f.share(c.match.similarity) }));
  return notes;
}

async function editions(o: DiffRunOptions): Promise<[LoadedPlan, LoadedPlan]> {
  // Only the old edition's progress is read (and validated): it tells what became of its commitments.
  const one = async (ref: string, progress = false) => {
    const folders = await discoverPlans([ref], o.cwd);
    if (folders.length !== 1)
      throw new UsageError(`${ref} holds ${folders.length} plans`, 'name one plan by id, folder or plan.yaml');
    try {
      return await loadPlan(folders[0]!, o.cwd, { progress });
    } catch (err) {
      // The old edition's progress is read only to follow its commitments: the matrices can still be compared.
      const planFile = displayPath(folders[0]!.plan.path, o.cwd);
      if (progress && err instanceof ValidationFailedError) {
        const errors = err.findings.filter((f) => f.severity === 'error');
        if (errors.length > 0 && errors.every((f) => f.file !== planFile))
          throw new ValidationFailedError(
            err.message,
            err.findings,
            err.sources,
            `fix the progress files above (\`nap validate\` shows the same), or compare the matrices alone: ${['nap diff', o.old, o.new, '--no-progress'].filter(Boolean).join(' ')}`,
          );
      }
      throw err;
    }
  };
  const withProgress = o.progress !== false;
  if (o.new !== undefined) return [await one(o.old, withProgress), await one(o.new)];
  const current = await one(o.old);
  const previous = current.plan.supersedes;
  if (!previous)
    throw new UsageError(
      `plan ${current.plan.id} names no edition it supersedes`,
      `compare two editions: nap diff <old> ${current.plan.id}`,
    );
  try {
    return [await one(previous, withProgress), current];
  } catch (err) {
    if (err instanceof UsageError || (err as Error).name === 'EnvironmentError') {
      throw new UsageError(
        `plan ${current.plan.id} supersedes ${previous}, which is not under ./plans`,
        `add plans/${previous}/plan.yaml, or compare two editions: nap diff <old> ${current.plan.id}`,
      );
    }
    throw err;
  }
}
