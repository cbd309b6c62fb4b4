import type { Formatter } from '../model/format.js';
import type { OutputJob } from '../output/documents.js';
import { TemplateRenderer } from '../render/renderer.js';
import type { TemplateSource } from '../render/template-source.js';
import { diffView } from './html-model.js';
import type { PlanDiff } from './types.js';

export interface DiffDocumentOptions {
  target: string;
  format: 'html' | 'pdf';
  source: TemplateSource;
  f: Formatter;
  now: Date;
  creator: string;
}

/** The diff as an HTML or PDF document, through the same templates and print path as reports. */
export async function diffDocument(diff: PlanDiff, o: DiffDocumentOptions): Promise<OutputJob> {
  const renderer = await TemplateRenderer.create(o.source, o.f.messages, ['diff']);
  const view = diffView(diff, o.f, o.f.date(o.now));
  const html = (print: boolean) => renderer.render('diff', { ...view, print });
  if (o.format === 'html') return { target: o.target, content: html(false) };
  const title = view.title;
  return {
    target: o.target,
    print: {
      html: () => html(true),
      toc: [],
      headings: [],
      runningHeader: view.runningHeader,
      pageOf: o.f.t('common.pageOf'),
      metadata: {
        title,
        author: 'nap',
        subject: o.f.t('diff.kind'),
        keywords: ['UNSCR 1325', diff.old.id, diff.new.id],
        lang: o.f.lang,
        creator: o.creator,
        date: o.now,
      },
    },
  };
}
