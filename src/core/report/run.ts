import { realpath } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InterruptedError } from '../errors.js';
import { Formatter } from '../model/format.js';
import { openBrowser, BROWSER_TIMEOUT_MS, type BrowserSession } from '../pdf/browser.js';
import { findBrowser } from '../pdf/finder.js';
import { printPdf } from '../pdf/print.js';
import { writeAtomic } from '../output/atomic.js';
import { HtmlRenderer, tableOfContents, type DocumentKind } from '../render/html.js';
import { createMarkdown } from '../render/markdown.js';
import { TemplateSource } from '../render/template-source.js';
import { buildBriefModel } from './brief-model.js';
import { buildReportModel } from './build-model.js';
import { loadMessages } from './messages.js';
import { selectPlanForYear } from './select-plan.js';
import type { Finding } from '../findings/finding.js';

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
  const loaded = await selectPlanForYear(o.plan, o.year, o.cwd);
  const { plan } = loaded;
  const source = await TemplateSource.open(o.templatesDir && resolve(o.cwd, o.templatesDir));
  const markdown = createMarkdown();
  const inputs = new Set(await Promise.all(loaded.inputs.map((p) => realpath(p).catch(() => p))));
  const result: ReportResult = { planId: plan.id, written: [], warnings: [], findings: loaded.warnings };
  const outDir = resolve(o.cwd, o.outDir);
  let session: BrowserSession | undefined;
  const check = () => {
    if (o.signal?.aborted) throw new InterruptedError();
  };
  try {
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
        if (o.formats.includes('pdf')) {
          check();
          session ??= await openBrowser(await findBrowser(o.env, o.platform), { timeoutMs: o.timeoutMs ?? BROWSER_TIMEOUT_MS, ...(o.signal ? { signal: o.signal } : {}) });
          const title = `${report.title} — ${f.t(`${kind}.title`)} ${o.year}`;
          const pdf = await printPdf(session, {
            html: (pages) => render(true, pages),
            toc: kind === 'parliament' ? tableOfContents(report, messages) : [],
            runningHeader: report.illustrative.any ? `${report.title} · ${f.t('common.illustrative')}` : `${report.title} · ${o.year}`,
            pageOf: f.t('common.pageOf'),
            headings: [report.title, ...tableOfContents(report, messages).map((e) => e.title), ...report.objectives.flatMap((ob) => ob.goals.map((g) => g.heading))],
            metadata: { title, author: report.issuer || plan.id, subject: `${f.t(`${kind}.title`)}: ${f.t(`${kind}.subtitle`, { year: o.year })}`, keywords: ['UNSCR 1325', 'Women, Peace and Security', plan.id, String(o.year)], lang, creator: o.creator, date: o.now },
            timeoutMs: o.timeoutMs ?? BROWSER_TIMEOUT_MS,
          }).catch((err) => {
            check();
            throw err;
          });
          check();
          await writeAtomic(`${base}.pdf`, pdf, inputs);
          result.written.push(`${base}.pdf`);
        }
      }
    }
  } finally {
    await session?.close();
  }
  return result;
}
