import { eachBookmark } from './outline.js';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  lang: string;
  creator: string;
  date: Date;
}

/** Chromium sets only the title: author, subject, keywords and language are added here. */
export async function setMetadata(
  doc: import('pdf-lib').PDFDocument,
  meta: PdfMetadata,
  headings: readonly string[] = [],
): Promise<Uint8Array> {
  const lib = await import('pdf-lib');
  const { PDFName, PDFString } = lib;
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setLanguage(meta.lang);
  doc.setCreator(meta.creator);
  doc.setProducer(meta.creator);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  doc.catalog.set(PDFName.of('Lang'), PDFString.of(meta.lang));
  await mendOutline(lib, doc, headings);
  return doc.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
}

/** Bookmark titles lose the space where a heading wrapped: put back the heading as written. */
async function mendOutline(
  lib: typeof import('pdf-lib'),
  doc: import('pdf-lib').PDFDocument,
  headings: readonly string[],
) {
  const { PDFHexString, PDFName } = lib;
  const byKey = new Map(headings.map((h) => [h.replace(/\s+/g, ''), h]));
  await eachBookmark(doc, (item, title) => {
    const fixed = title !== undefined && byKey.get(title.replace(/\s+/g, ''));
    if (fixed) item.set(PDFName.of('Title'), PDFHexString.fromText(fixed));
  });
}
