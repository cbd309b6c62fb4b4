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
  mendOutline(lib, doc, headings);
  return doc.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
}

/** Bookmark titles lose the space where a heading wrapped: put back the heading as written. */
function mendOutline(lib: typeof import('pdf-lib'), doc: import('pdf-lib').PDFDocument, headings: readonly string[]) {
  const { PDFDict, PDFName, PDFHexString, PDFString } = lib;
  const byKey = new Map(headings.map((h) => [h.replace(/\s+/g, ''), h]));
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const stack = [outlines?.lookupMaybe(PDFName.of('First'), PDFDict)];
  for (let guard = 0; stack.length && guard < 100_000; guard++) {
    const item = stack.pop();
    if (!item) continue;
    const title = item.lookup(PDFName.of('Title'));
    if (title instanceof PDFHexString || title instanceof PDFString) {
      const fixed = byKey.get(title.decodeText().replace(/\s+/g, ''));
      if (fixed) item.set(PDFName.of('Title'), PDFHexString.fromText(fixed));
    }
    stack.push(item.lookupMaybe(PDFName.of('Next'), PDFDict), item.lookupMaybe(PDFName.of('First'), PDFDict));
  }
}
