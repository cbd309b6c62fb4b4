import { EnvironmentError } from '../errors.js';
import { PdfFile } from './pdf-file.js';
import { Name, type PdfDict, PdfString, type PdfValue, Ref } from './pdf-syntax.js';

/** A printed PDF, read for its bookmarks and links and then changed (contents-numbers.ts, metadata.ts). */
export function loadPdf(pdf: Uint8Array): PdfFile {
  try {
    return new PdfFile(pdf);
  } catch (err) {
    throw unreadable(err);
  }
}

/** The error of a print nap cannot read (its objects are read as they are needed, so anywhere). */
export function unreadable(err: unknown): EnvironmentError {
  return new EnvironmentError(
    `the browser's PDF could not be read: ${err instanceof Error ? err.message : String(err)}`,
    'print with Chromium or Chrome (set PUPPETEER_EXECUTABLE_PATH to one), or report this with the browser version',
    'E_BROWSER',
  );
}

/**
 * Pages of the PDF's bookmarks (outline), in document order: what Chromium cannot put in the
 * contents by itself.
 */
export function outlinePages(doc: PdfFile): { title: string; page: number }[] {
  const pageOf = new Map(doc.pages().map((p, i) => [p.num, i + 1]));
  const out: { title: string; page: number }[] = [];
  for (const { item, title } of bookmarks(doc)) {
    const page = destinationPage(doc, item);
    if (title !== undefined && page !== undefined && pageOf.has(page.num))
      out.push({ title, page: pageOf.get(page.num)! });
  }
  return out;
}

/** The page a bookmark or link goes to: an explicit [page ...] array, or a name in the catalog's /Dests (Chromium's way). */
export function destinationPage(doc: PdfFile, item: PdfDict): Ref | undefined {
  let dest: PdfValue | undefined = item.get('Dest') ?? doc.dict(item.get('A'))?.get('D');
  const named = doc.dict(doc.catalog().get('Dests'));
  if (dest instanceof Name) dest = named?.get(dest.raw);
  else if (dest instanceof PdfString) dest = named?.get(Buffer.from(dest.bytes).toString('latin1'));
  const resolved = doc.resolve(dest);
  const array = resolved instanceof Map ? doc.array(resolved.get('D')) : Array.isArray(resolved) ? resolved : undefined;
  const page = array?.[0];
  return page instanceof Ref ? page : undefined;
}

/** Every bookmark of the PDF with its title, depth first in document order: an item, its children, then the next. */
export function* bookmarks(doc: PdfFile): Generator<{ ref: Ref; item: PdfDict; title: string | undefined }> {
  const outlines = doc.dict(doc.catalog().get('Outlines'));
  const stack: (PdfValue | undefined)[] = [outlines?.get('First')];
  const seen = new Set<number>();
  while (stack.length) {
    const ref = stack.pop();
    if (!(ref instanceof Ref) || seen.has(ref.num) || seen.size > 100_000) continue;
    seen.add(ref.num);
    const item = doc.dict(ref);
    if (!item) continue;
    const title = item.get('Title');
    yield { ref, item, title: title instanceof PdfString ? title.text : undefined };
    stack.push(item.get('Next'), item.get('First'));
  }
}
