import type { PDFDocument } from 'pdf-lib';

/**
 * The contents' page numbers, printed alone and laid over the printed document, so that a
 * document with contents is printed once rather than twice (the second print took as long as
 * the first). The document is printed in its final form with each entry's page box empty but
 * for a link (Chromium makes a link annotation of it, which gives the box's place); then the
 * same HTML, numbers filled in, with everything but the numbers hidden (`NUMBERS_ONLY`), is
 * printed: a page or two of numbers, in the document's own fonts and places. Each page of it
 * is drawn over the document's page that holds the same boxes, marked as an artifact: the
 * numbers are what the eye needs; the links and bookmarks carry the structure.
 */

/** Appended to the document's styles for the print of the numbers alone. */
export const NUMBERS_ONLY = `<style>
body *:not(.toc, .toc *, :has(.toc)) { display: none !important; }
* { visibility: hidden !important; }
.toc .page, .toc .page * { visibility: visible !important; }
</style>`;

type Rect = readonly [number, number, number, number];
/** Where an entry's page box stands: its page (0-based) and rectangle in PDF points. */
type Box = { page: number; rect: Rect };

/**
 * The page box of each contents entry: the rightmost link annotation to the entry's anchor on
 * the first page that has one; in the document, only links of the size of the box in the print
 * of the numbers count (a link in the text to the same place is not the box).
 */
export async function pageBoxes(doc: PDFDocument, like?: ReadonlyMap<string, Box>): Promise<Map<string, Box>> {
  const { PDFArray, PDFDict, PDFName, PDFNumber } = await import('pdf-lib');
  const boxes = new Map<string, Box>();
  for (const [page, p] of doc.getPages().entries()) {
    const annots = p.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const a = annots!.lookupMaybe(i, PDFDict);
      const dest = a?.lookup(PDFName.of('Dest'));
      const r = a?.lookupMaybe(PDFName.of('Rect'), PDFArray);
      if (!(dest instanceof PDFName) || !r || r.size() !== 4) continue;
      const rect = [0, 1, 2, 3].map((k) => r.lookupMaybe(k, PDFNumber)?.asNumber() ?? Number.NaN) as unknown as Rect;
      const anchor = dest.decodeText();
      const model = like?.get(anchor);
      if (model && !sameSize(rect, model.rect)) continue;
      const known = boxes.get(anchor);
      if (!known || (known.page === page && rect[0] > known.rect[0])) boxes.set(anchor, { page, rect });
    }
  }
  return boxes;
}

/**
 * Draws each page of `numbers` over the page of `doc` that holds the same boxes, shifted by
 * their common offset. False, with nothing drawn, unless every box of every page of numbers
 * has its counterpart at one and the same offset on one page of the document.
 */
export async function layNumbers(doc: PDFDocument, numbers: PDFDocument, anchors: readonly string[]): Promise<boolean> {
  const lib = await import('pdf-lib');
  const own = await pageBoxes(numbers);
  const theirs = await pageBoxes(doc, own);
  const plan = new Map<number, { page: number; dx: number; dy: number }>();
  for (const anchor of anchors) {
    const n = own.get(anchor);
    const d = theirs.get(anchor);
    if (!n || !d) return false;
    const shift = { page: d.page, dx: d.rect[0] - n.rect[0], dy: d.rect[1] - n.rect[1] };
    const seen = plan.get(n.page);
    if (!seen) plan.set(n.page, shift);
    else if (seen.page !== shift.page || !near(seen.dx, shift.dx) || !near(seen.dy, shift.dy)) return false;
  }
  for (const [from, { page, dx, dy }] of plan) {
    const embedded = await doc.embedPage(numbers.getPage(from));
    const target = doc.getPage(page);
    target.pushOperators(lib.beginMarkedContent('Artifact'));
    target.drawPage(embedded, { x: dx, y: dy });
    target.pushOperators(lib.endMarkedContent());
  }
  return plan.size > 0;
}

const near = (a: number, b: number) => Math.abs(a - b) < 0.01;
const sameSize = (a: Rect, b: Rect) => near(a[2] - a[0], b[2] - b[0]) && near(a[3] - a[1], b[3] - b[1]);
