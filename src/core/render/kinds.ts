/**
 * Every kind of document nap renders, in one table: a new kind is one entry here,
 * a template under templates/, and the job that fills it. The output stage prints
 * them all the same way.
 */
const SITE_STYLES = ['styles/site.css'] as const;

export const DOCUMENT_KINDS = {
  parliament: { template: 'parliament/document.hbs', contents: true, titleKey: 'parliament.title' },
  brief: { template: 'brief/document.hbs', contents: false, titleKey: 'brief.title' },
  diff: { template: 'diff/document.hbs', contents: false, titleKey: 'diff.kind' },
  shadow: { template: 'shadow/document.hbs', contents: false, titleKey: 'assessment.shadowTitle' },
  // The pages of `nap site`: the site's own styles; the search page runs its inline script.
  'site-index': { template: 'site/index.hbs', contents: false, titleKey: 'site.kind', styles: SITE_STYLES },
  'site-home': { template: 'site/home.hbs', contents: false, titleKey: 'site.kind', styles: SITE_STYLES },
  'site-objective': { template: 'site/objective.hbs', contents: false, titleKey: 'site.kind', styles: SITE_STYLES },
  'site-action': { template: 'site/action.hbs', contents: false, titleKey: 'site.kind', styles: SITE_STYLES },
  'site-actor': { template: 'site/actor.hbs', contents: false, titleKey: 'site.kind', styles: SITE_STYLES },
  'site-assessor': { template: 'site/assessor.hbs', contents: false, titleKey: 'site.kind', styles: SITE_STYLES },
  'site-search': {
    template: 'site/search.hbs',
    contents: false,
    titleKey: 'site.kind',
    styles: SITE_STYLES,
    scripts: true,
  },
} as const satisfies Record<string, DocumentKindSpec>;

export interface DocumentKindSpec {
  /** The document's template, relative to the templates folder. */
  template: string;
  /** Whether the PDF has a contents page numbered from its bookmarks. */
  contents: boolean;
  /** Translation key of the kind's name, used in titles and PDF metadata. */
  titleKey: string;
  /** Style sheets inlined in the document, from the templates folder; base.css and print.css by default. */
  styles?: readonly string[];
  /** Whether the document's own inline scripts may run (their hashes join its policy); never by default. */
  scripts?: boolean;
}

export type DocumentKind = keyof typeof DOCUMENT_KINDS;
