import { join, resolve } from 'node:path';
import { InterruptedError } from '../errors.js';
import { Formatter } from '../model/format.js';
import { openBrowser, BROWSER_TIMEOUT_MS, type BrowserSession } from '../pdf/browser.js';
import { findBrowser } from '../pdf/finder.js';
import { printPdf, type PrintJob } from '../pdf/print.js';
import { realPaths, writeAtomic } from '../output/atomic.js';
import { HtmlRenderer, tableOfContents, type DocumentKind } from '../render/html.js';
import { createMarkdown } from '../render/markdown.js';
import { TemplateSource } from '../render/template-source.js';
import { buildBriefModel } from './brief-model.js';
import { buildReportModel } from './build-model.js';
import { loadMessages } from '../render/messages.js';
import { selectPlanForYear } from './select-plan.js';
import type { Finding } from '../findings/finding.js';
import type { Messages } from '../model/messages.js';
import type { ReportModel } from './model-types.js';

export interface ReportOptions {
  plan?: string;
  year: number;
  kinds: DocumentKind[];
  formats: ('html' | 'pdf')[];
  /** Languages; the plan's language when empty. */
  langs: string[];
  outDir: string;
  templatesDir?: string;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  platform: string;
  now: Date;
  signal?: AbortSignal;
  timeoutMs?: number;
  creator: string;
}

export interface ReportResult {
  planId: string;
  written: string[];
  warnings: string[];
  findings: Finding[];
}

/** `nap report` as a function: validate, build the view model once per language, render, write atomically. */
export async function runReport(o: ReportOptions): Promise<ReportResult> {
  const check = () => {
    if (o.signal?.aborted) throw new InterruptedError();
  };
  // The browser starts while the plan is validated and rendered: it is the slowest start.
  const launching = o.formats.includes('pdf') ? launch(o) : undefined;
  launching?.catch(() => undefined); // awaited below; a failure is reported where it is needed
  try {
    const loaded = await selectPlanForYear(o.plan, o.year, o.cwd);
    const { plan } = loaded;
    const source = await TemplateSource.open(o.templatesDir && resolve(o.cwd, o.templatesDir));
    const markdown = createMarkdown();
    const inputs = await realPaths(loaded.inputs);
    const result: ReportResult = { planId: plan.id, written: [], warnings: [], findings: loaded.warnings };
    const outDir = resolve(o.cwd, o.outDir);
    const prints: { target: string; job: PrintJob }[] = [];
    for (const lang of o.langs.length ? o.langs : [plan.lang]) {
      check();
      const messages = await loadMessages(source, lang);
      const f = new Formatter(lang, messages);
      const report = buildReportModel({ plan, progress: loaded.progress, year: o.year, format: f, markdown, now: o.now });
      result.warnings.push(...report.warnings.map((w) => `${lang}: ${w}`));
      const brief = buildBriefModel(report, f);
      const renderer = await HtmlRenderer.create(source, messages);
      for (const kind of o.kinds) {
        const base = join(outDir, `${plan.id}-${o.year}-${kind}.${lang}`);
        const render = (print: boolean, pages?: ReadonlyMap<string, number>) => renderer.render({ kind, report, brief, messages, print, ...(pages ? { pages } : {}) });
        if (o.formats.includes('html')) {
          await writeAtomic(`${base}.html`, render(false), inputs);
          result.written.push(`${base}.html`);
        }
        if (o.formats.includes('pdf')) prints.push({ target: `${base}.pdf`, job: printJob(kind, report, messages, f, o, (pages) => render(true, pages)) });
      }
    }
    if (launching) {
      check();
      const session = await launching;
      // Two documents at a time: Chromium lays out each page in its own process.
      const pdfs = await inParallel(prints, 2, async ({ job }) => {
        const pdf = await printPdf(session, job).catch((err) => {
          check();
          throw err;
        });
        check();
        return pdf;
      });
      for (const [i, { target }] of prints.entries()) {
        await writeAtomic(target, pdfs[i]!, inputs);
        result.written.push(target);
      }
    }
    return result;
  } finally {
    if (launching) await launching.then((s) => s.close(), () => undefined);
  }
}

async function launch(o: ReportOptions): Promise<BrowserSession> {
  return openBrowser(await findBrowser(o.env, o.platform), { timeoutMs: o.timeoutMs ?? BROWSER_TIMEOUT_MS, ...(o.signal ? { signal: o.signal } : {}) });
}

function printJob(kind: DocumentKind, report: ReportModel, messages: Messages, f: Formatter, o: ReportOptions, html: PrintJob['html']): PrintJob {
  const toc = tableOfContents(report, messages);
  return {
    html,
    toc: kind === 'parliament' ? toc : [],
    runningHeader: report.illustrative.any ? `${report.title} · ${f.t('common.illustrative')}` : `${report.title} · ${o.year}`,
    pageOf: f.t('common.pageOf'),
    headings: [report.title, ...toc.map((e) => e.title), ...report.objectives.flatMap((ob) => ob.goals.map((g) => g.heading))],
    metadata: {
      title: `${report.title} — ${f.t(`${kind}.title`)} ${o.year}`,
      author: report.issuer || report.planId,
      subject: `${f.t(`${kind}.title`)}: ${f.t(`${kind}.subtitle`, { year: o.year })}`,
      keywords: ['UNSCR 1325', 'Women, Peace and Security', report.planId, String(o.year)],
      lang: f.lang,
      creator: o.creator,
      date: o.now,
    },
    timeoutMs: o.timeoutMs ?? BROWSER_TIMEOUT_MS,
  };
}

/** Runs fn over items with at most `limit` at once; results in the order of the items. */
async function inParallel<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
