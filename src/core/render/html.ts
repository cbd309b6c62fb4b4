import Handlebars from 'handlebars';
import type { Messages } from '../model/messages.js';
import type { BriefModel } from '../report/brief-model.js';
import type { ReportModel } from '../report/model-types.js';
import { statusChart } from './chart.js';
import { registerHelpers } from './helpers.js';
import type { TemplateSource } from './template-source.js';
import type { TocEntry } from '../pdf/contents.js';

export type { TocEntry } from '../pdf/contents.js';

export type DocumentKind = 'parliament' | 'brief';
export type TemplateKind = DocumentKind | 'diff';

export interface RenderInput {
  kind: DocumentKind;
  report: ReportModel;
  brief: BriefModel;
  messages: Messages;
  /** Page numbers of the contents, by anchor; absent for HTML, placeholders in a first PDF pass. */
  pages?: ReadonlyMap<string, number>;
  /** true when rendering for print: the contents get page numbers. */
  print: boolean;
}

/** Compiled templates of one templates source, reused for every document of a run. */
export class HtmlRenderer {
  private constructor(
    private readonly hb: typeof Handlebars,
    private readonly documents: Map<TemplateKind, Handlebars.TemplateDelegate>,
    private readonly css: string,
    private readonly logo: string | undefined,
  ) {}

  static async create(source: TemplateSource, messages: Messages): Promise<HtmlRenderer> {
    const hb = Handlebars.create();
    registerHelpers(hb, messages);
    for (const name of await source.list('partials', '.hbs')) {
      // A partial's final newline would land inside inline text.
      hb.registerPartial(name.replace(/\.hbs$/, ''), (await source.read(`partials/${name}`)).replace(/\r?\n$/, ''));
    }
    const documents = new Map<TemplateKind, Handlebars.TemplateDelegate>();
    for (const kind of ['parliament', 'brief', 'diff'] as const) {
      documents.set(kind, hb.compile(await source.read(`${kind}/document.hbs`), { strict: false, preventIndent: true }));
    }
    const css = (await Promise.all(['styles/base.css', 'styles/print.css'].map((f) => source.read(f)))).join('\n');
    return new HtmlRenderer(hb, documents, css, await logoDataUri(source));
  }

  render(input: RenderInput): string {
    return this.renderDocument(input.kind, {
      model: input.report,
      brief: input.brief,
      toc: tableOfContents(input.report, input.messages, input.pages),
      print: input.print,
      chart: new this.hb.SafeString(statusChart(input.brief.chartRows, input.brief.legend, titleOf(input.messages, 'brief.chart'))),
    });
  }

  /** Any document with its context; styles and logo are added here. */
  renderDocument(kind: TemplateKind, context: Record<string, unknown>): string {
    return this.documents.get(kind)!({ ...context, css: new this.hb.SafeString(this.css), logo: this.logo });
  }
}

/** The contents of the parliamentary report; entries are matched to PDF bookmarks by title. */
export function tableOfContents(report: ReportModel, messages: Messages, pages?: ReadonlyMap<string, number>): TocEntry[] {
  const t = (k: string) => titleOf(messages, k);
  const entries: TocEntry[] = [
    { anchor: 'summary', title: t('parliament.summary'), level: 1 },
    { anchor: 'matrix', title: t('parliament.matrix'), level: 1 },
    ...report.objectives.map((o) => ({ anchor: o.anchor, title: o.heading, level: 2 as const })),
    { anchor: 'annex-not-reported', title: t('parliament.annexNotReported'), level: 1 },
    { anchor: 'annex-actors', title: t('parliament.annexActors'), level: 1 },
  ];
  return entries.map((e) => (pages?.has(e.anchor) ? { ...e, page: pages.get(e.anchor)! } : e));
}

function titleOf(messages: Messages, key: string): string {
  const [a, b] = key.split('.');
  const v = (messages[a!] as Messages | undefined)?.[b!];
  return typeof v === 'string' ? v : key;
}

async function logoDataUri(source: TemplateSource): Promise<string | undefined> {
  for (const [file, type] of [['assets/logo.svg', 'image/svg+xml'], ['assets/logo.png', 'image/png']] as const) {
    const bytes = await source.readBytes(file);
    if (bytes) return `data:${type};base64,${bytes.toString('base64')}`;
  }
  return undefined;
}
