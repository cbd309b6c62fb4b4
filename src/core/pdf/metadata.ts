import { bookmarks } from './outline.js';
import type { PdfFile } from './pdf-file.js';
import { PdfString, Ref } from './pdf-syntax.js';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  lang: string;
  creator: string;
  date: Date;
}

/** Chromium sets only the title: author, subject, keywords and language are added here. Returns the file saved. */
export function setMetadata(doc: PdfFile, meta: PdfMetadata, headings: readonly string[] = []): Uint8Array {
  const date = PdfString.ascii(
    `D:${meta.date
      .toISOString()
      .replace(/[-:T]|\.\d+/g, '')
      .replace(/Z$/, '')}Z`,
  );
  const info = new Map([
    ['Title', PdfString.of(meta.title)],
    ['Author', PdfString.of(meta.author)],
    ['Subject', PdfString.of(meta.subject)],
    ['Keywords', PdfString.of(meta.keywords.join(' '))],
    ['Creator', PdfString.of(meta.creator)],
    ['Producer', PdfString.of(meta.creator)],
    ['CreationDate', date],
    ['ModDate', date],
  ]);
  const infoRef = doc.trailer.get('Info');
  if (infoRef instanceof Ref) doc.set(infoRef, info);
  else doc.trailer.set('Info', doc.add(info));
  const root = doc.trailer.get('Root');
  if (root instanceof Ref) {
    const catalog = new Map(doc.catalog());
    const prefs = new Map(doc.dict(catalog.get('ViewerPreferences')) ?? []);
    prefs.set('DisplayDocTitle', true);
    catalog.set('ViewerPreferences', prefs);
    catalog.set('Lang', PdfString.of(meta.lang));
    doc.set(root, catalog);
  }
  mendOutline(doc, headings);
  return doc.save();
}

/** Bookmark titles lose the space where a heading wrapped: put back the heading as written. */
function mendOutline(doc: PdfFile, headings: readonly string[]) {
  const byKey = new Map(headings.map((h) => [h.replace(/\s+/g, ''), h]));
  for (const { ref, item, title } of bookmarks(doc)) {
    const fixed = title !== undefined && byKey.get(title.replace(/\s+/g, ''));
    if (fixed && fixed !== title) doc.set(ref, new Map([...item, ['Title', PdfString.of(fixed)]]));
  }
}
