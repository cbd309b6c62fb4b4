import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { discoverPlans } from '../load/discover.js';
import { loadPlan, type LoadedPlan } from '../validate/load-plan.js';
import type { Paint } from '../text/paint.js';
import { realPaths, writeAtomic } from '../output/atomic.js';
import { diffPlans } from './diff-plans.js';
import { formatDiffMarkdown } from './format-markdown.js';
import { formatDiffText } from './format-text.js';
import { diffView } from './html-model.js';
import { DEFAULT_THRESHOLD } from './match.js';
import type { PlanDiff } from './types.js';

export type DiffFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'json';

export interface DiffRunOptions {
  old: string;
  /** Absent: compare `old` with the edition it supersedes. */
  new?: string;
  format: DiffFormat;
  out?: string;
  lang?: string;
  threshold?: number;
  templatesDir?: string;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  platform: string;
  now: Date;
  paint: Paint;
  signal?: AbortSignal;
  timeoutMs?: number;
  creator: string;
}

export interface DiffRunResult {
  diff: PlanDiff;
  /** What to print on stdout (text formats without --out). */
  output?: string;
  written?: string;
}

/** `nap diff` as a function: load and validate both editions, compare, render in the chosen format. */
export async function runDiff(o: DiffRunOptions): Promise<DiffRunResult> {
  const [before, after] = await editions(o);
  const threshold = o.threshold ?? DEFAULT_THRESHOLD;
  const lang = o.lang ?? after.plan.lang;
  const diff = diffPlans(before.plan, after.plan, { threshold, idThreshold: Math.min(0.25, threshold), lang });
  const inputs = await realPaths([...before.inputs, ...after.inputs]);
  const write = async (content: string | Uint8Array, ext: string) => {
    const target = resolve(o.cwd, o.out ?? `reports/${before.plan.id}-to-${after.plan.id}.${lang}.${ext}`);
    await writeAtomic(target, content, inputs);
    return target;
  };
  const text = o.format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : o.format === 'markdown' ? formatDiffMarkdown(diff) : o.format === 'text' ? formatDiffText(diff, o.paint) : undefined;
  if (text !== undefined) return o.out ? { diff, written: await write(text, o.format) } : { diff, output: text };

  // Templates and the browser only for documents: text formats stay light.
  const [{ Formatter }, { BROWSER_TIMEOUT_MS, openBrowser }, { findBrowser }, { printPdf }, { HtmlRenderer }, { TemplateSource }, { loadMessages }] = await Promise.all([
    import('../model/format.js'),
    import('../pdf/browser.js'),
    import('../pdf/finder.js'),
    import('../pdf/print.js'),
    import('../render/html.js'),
    import('../render/template-source.js'),
    import('../render/messages.js'),
  ]);
  const source = await TemplateSource.open(o.templatesDir && resolve(o.cwd, o.templatesDir));
  const messages = await loadMessages(source, lang);
  const f = new Formatter(lang, messages);
  const renderer = await HtmlRenderer.create(source, messages);
  const html = (print: boolean) => renderer.renderDocument('diff', { ...diffView(diff, f.date(o.now)), print });
  if (o.format === 'html') return { diff, written: await write(html(false), 'html') };
  const session = await openBrowser(await findBrowser(o.env, o.platform), { timeoutMs: o.timeoutMs ?? BROWSER_TIMEOUT_MS, ...(o.signal ? { signal: o.signal } : {}) });
  try {
    const title = f.t('diff.title', { old: before.plan.id, new: after.plan.id });
    const pdf = await printPdf(session, {
      html: () => html(true),
      toc: [],
      headings: [],
      runningHeader: title,
      pageOf: f.t('common.pageOf'),
      metadata: { title, author: 'nap', subject: f.t('diff.kind'), keywords: ['UNSCR 1325', before.plan.id, after.plan.id], lang, creator: o.creator, date: o.now },
      timeoutMs: o.timeoutMs ?? BROWSER_TIMEOUT_MS,
    });
    return { diff, written: await write(pdf, 'pdf') };
  } finally {
    await session.close();
  }
}

async function editions(o: DiffRunOptions): Promise<[LoadedPlan, LoadedPlan]> {
  const one = async (ref: string) => {
    const folders = await discoverPlans([ref], o.cwd);
    if (folders.length !== 1) throw new UsageError(`${ref} holds ${folders.length} plans`, 'name one plan by id, folder or plan.yaml');
    return loadPlan(folders[0]!, o.cwd, { progress: false });
  };
  if (o.new !== undefined) return [await one(o.old), await one(o.new)];
  const current = await one(o.old);
  const previous = current.plan.supersedes;
  if (!previous) throw new UsageError(`plan ${current.plan.id} names no edition it supersedes`, `compare two editions: nap diff <old> ${current.plan.id}`);
  try {
    return [await one(previous), current];
  } catch (err) {
    if (err instanceof UsageError || (err as Error).name === 'EnvironmentError') {
      throw new UsageError(`plan ${current.plan.id} supersedes ${previous}, which is not under ./plans`, `add plans/${previous}/plan.yaml, or compare two editions: nap diff <old> ${current.plan.id}`);
    }
    throw err;
  }
}
