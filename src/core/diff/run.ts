import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { discoverPlans } from '../load/discover.js';
import { Formatter } from '../model/format.js';
import { realPaths } from '../output/atomic.js';
import { type OutputJob, type StageOptions, withDocumentStage } from '../output/documents.js';
import { resolveTargets } from '../output/targets.js';
import { loadMessages } from '../render/messages.js';
import { TemplateSource } from '../render/template-source.js';
import type { Paint } from '../text/paint.js';
import { type LoadedPlan, loadPlan } from '../validate/load-plan.js';
import { diffPlans } from './diff-plans.js';
import { formatDiffMarkdown } from './format-markdown.js';
import { formatDiffText } from './format-text.js';
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
}

/** `nap diff` as a function: load and validate both editions, compare, hand the result to the output stage. */
export async function runDiff(o: DiffRunOptions): Promise<DiffRunResult> {
  const [before, after] = await editions(o);
  const threshold = o.threshold ?? DEFAULT_THRESHOLD;
  const lang = o.lang ?? after.plan.lang;
  const source = await TemplateSource.open(o.templatesDir && resolve(o.cwd, o.templatesDir), o.templatesDir);
  const f = new Formatter(lang, (await loadMessages(source, lang)).messages);
  const diff = diffPlans(before.plan, after.plan, {
    threshold,
    idThreshold: Math.min(0.25, threshold),
    lang,
    oldProgress: before.progress,
  });
  const make = FORMATS[o.format];
  if (make !== 'document' && o.out === undefined) return { diff, output: make(diff, f, o.paint), written: [] };
  const [target] = await resolveTargets(o.cwd, o.out, 'reports', [
    { name: `${before.plan.id}-to-${after.plan.id}.${lang}`, format: o.format },
  ]);
  const inputs = await realPaths([...before.inputs, ...after.inputs]);
  return withDocumentStage({ ...o, inputs }, async (stage) => {
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
    return { diff, written: await stage.write([job]) };
  });
}

async function editions(o: DiffRunOptions): Promise<[LoadedPlan, LoadedPlan]> {
  // Only the old edition's progress is read (and validated): it tells what became of its commitments.
  const one = async (ref: string, progress = false) => {
    const folders = await discoverPlans([ref], o.cwd);
    if (folders.length !== 1)
      throw new UsageError(`${ref} holds ${folders.length} plans`, 'name one plan by id, folder or plan.yaml');
    return loadPlan(folders[0]!, o.cwd, { progress });
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
