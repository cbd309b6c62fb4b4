import type { Formatter } from '../model/format.js';
import type { OutputJob } from '../output/documents.js';
import type { PrintJob } from '../pdf/print.js';
import { statusChart } from '../render/chart.js';
import { DOCUMENT_KINDS } from '../render/kinds.js';
import type { TemplateRenderer } from '../render/renderer.js';
import type { BriefModel } from './brief-model.js';
import { tableOfContents } from './contents.js';
import type { ReportModel } from './model-types.js';
import type { ShadowModel } from './shadow-model.js';

export type ReportKind = 'parliament' | 'brief' | 'shadow';
export type ReportFormat = 'html' | 'pdf' | 'json';

export interface ReportDocuments {
  report: ReportModel;
  brief: BriefModel;
  /** For a shadow report: the assessor's. */
  shadow?: ShadowModel;
  f: Formatter;
  renderer: TemplateRenderer;
  creator: string;
  now: Date;
}

/** The output jobs of one report document in one language: its HTML, its PDF, or both. */
export function reportJobs(
  d: ReportDocuments,
  kind: ReportKind,
  targets: Partial<Record<'html' | 'pdf', string>>,
): OutputJob[] {
  const render = (print: boolean, pages?: ReadonlyMap<string, number>) => renderReport(d, kind, print, pages);
  const jobs: OutputJob[] = [];
  if (targets.html) jobs.push({ target: targets.html, content: render(false) });
  if (targets.pdf) jobs.push({ target: targets.pdf, print: printJob(d, kind, (pages) => render(true, pages)) });
  return jobs;
}

/** One report document as HTML; for print, with the contents' page numbers once known. */
export function renderReport(
  d: Pick<ReportDocuments, 'report' | 'brief' | 'shadow' | 'f' | 'renderer'>,
  kind: ReportKind,
  print: boolean,
  pages?: ReadonlyMap<string, number>,
): string {
  return d.renderer.render(kind, {
    model: d.report,
    brief: d.brief,
    shadow: d.shadow,
    toc: tableOfContents(d.report, d.f.messages, pages),
    print,
    chart: d.renderer.safe(
      statusChart(
        d.brief.chartRows,
        d.brief.legend,
        d.f.t('brief.chart', { objective: d.report.labelsLower.objective }),
      ),
    ),
  });
}

function printJob(d: ReportDocuments, kind: ReportKind, html: PrintJob['html']): PrintJob {
  const { report, f } = d;
  const toc = tableOfContents(report, f.messages);
  const kindTitle = f.t(DOCUMENT_KINDS[kind].titleKey);
  // A shadow report is in the assessor's name, not the government's.
  const subtitle =
    kind === 'shadow'
      ? f.t('assessment.shadowSubtitle', { year: report.year })
      : f.t(`${kind}.subtitle`, { year: report.year });
  return {
    html,
    toc: DOCUMENT_KINDS[kind].contents ? toc : [],
    runningHeader: (d.shadow ? d.shadow.illustrative : report.illustrative.any)
      ? `${report.title} · ${f.t('common.illustrative')}`
      : `${report.title} · ${report.year}`,
    pageOf: f.t('common.pageOf'),
    headings: [
      report.title,
      ...toc.map((e) => e.title),
      ...report.objectives.flatMap((ob) => ob.goals.map((g) => g.heading)),
    ],
    metadata: {
      title: d.shadow
        ? `${kindTitle} ${report.year} — ${d.shadow.assessor.name} — ${report.title}`
        : `${report.title} — ${kindTitle} ${report.year}`,
      author: d.shadow ? d.shadow.assessor.name : report.issuer || report.planId,
      subject: `${kindTitle}: ${subtitle}`,
      keywords: ['UNSCR 1325', 'Women, Peace and Security', report.planId, String(report.year)],
      lang: f.lang,
      creator: d.creator,
      date: d.now,
    },
  };
}
