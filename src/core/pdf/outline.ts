import type { PDFDocument } from 'pdf-lib';

/** A printed PDF, parsed once for its bookmarks and, when it is the last print, its metadata. */
export async function loadPdf(pdf: Uint8Array): Promise<PDFDocument> {
  const { PDFDocument, ParseSpeeds } = await import('pdf-lib');
  // Parse without yielding to the event loop every few objects: several times faster.
  return PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
}

/**
 * Pages of the PDF's bookmarks (outline), in document order: what Chromium cannot put in the
 * contents by itself. Read with pdf-lib, which sets the metadata after: one library to load
 * and one parse per print (pdf.js took a second parse and 40 ms more to import).
 */
export async function outlinePages(doc: PDFDocument): Promise<{ title: string; page: number }[]> {
  const { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString } = await import('pdf-lib');
  const pageOf = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const named = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  /** A bookmark's destination: an explicit [page ...] array, or a name in the catalog's /Dests (Chromium's way). */
  const destination = (item: import('pdf-lib').PDFDict) => {
    let dest = item.lookup(PDFName.of('Dest'));
    if (!dest) dest = item.lookupMaybe(PDFName.of('A'), PDFDict)?.lookup(PDFName.of('D'));
    if (dest instanceof PDFName) dest = named?.lookup(dest);
    else if ((dest instanceof PDFString || dest instanceof PDFHexString) && named)
      dest = named.lookup(PDFName.of(dest.decodeText()));
    if (dest instanceof PDFDict) dest = dest.lookup(PDFName.of('D'));
    const page = dest instanceof PDFArray ? dest.get(0) : undefined;
    return page instanceof PDFRef ? pageOf.get(page.toString()) : undefined;
  };
  const out: { title: string; page: number }[] = [];
  await eachBookmark(doc, (item, title) => {
    const page = destination(item);
    if (title !== undefined && page !== undefined) out.push({ title, page });
  });
  return out;
}

/** Every bookmark of the PDF with its title, depth first in document order: an item, its children, then the next. */
export async function eachBookmark(
  doc: PDFDocument,
  fn: (item: import('pdf-lib').PDFDict, title: string | undefined) => void,
): Promise<void> {
  const { PDFDict, PDFHexString, PDFName, PDFString } = await import('pdf-lib');
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const stack = [outlines?.lookupMaybe(PDFName.of('First'), PDFDict)];
  for (let guard = 0; stack.length && guard < 100_000; guard++) {
    const item = stack.pop();
    if (!item) continue;
    const title = item.lookup(PDFName.of('Title'));
    fn(item, title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : undefined);
    stack.push(item.lookupMaybe(PDFName.of('Next'), PDFDict), item.lookupMaybe(PDFName.of('First'), PDFDict));
  }
}
