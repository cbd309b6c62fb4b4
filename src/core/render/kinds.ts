/**
 * Every kind of document nap renders, in one table: a new kind is one entry here,
 * a template under templates/, and the job that fills it. The output stage prints
 * them all the same way.
 */
export const DOCUMENT_KINDS = {
  parliament: { template: 'parliament/document.hbs', contents: true, titleKey: 'parliament.title' },
  brief: { template: 'brief/document.hbs', contents: false, titleKey: 'brief.title' },
  diff: { template: 'diff/document.hbs', contents: false, titleKey: 'diff.kind' },
  shadow: { template: 'shadow/document.hbs', contents: false, titleKey: 'assessment.shadowTitle' },
} as const satisfies Record<string, DocumentKindSpec>;

export interface DocumentKindSpec {
  /** The document's template, relative to the templates folder. */
  template: string;
  /** Whether the PDF has a contents page numbered from its bookmarks. */
  contents: boolean;
  /** Translation key of the kind's name, used in titles and PDF metadata. */
  titleKey: string;
}

export type DocumentKind = keyof typeof DOCUMENT_KINDS;
