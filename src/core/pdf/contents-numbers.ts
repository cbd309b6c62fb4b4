import { inflateSync } from 'node:zlib';
import type { PdfFile } from './pdf-file.js';
import { Name, type PdfDict, PdfStream, PdfSyntaxError, type PdfValue, Ref } from './pdf-syntax.js';

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
export function pageBoxes(doc: PdfFile, like?: ReadonlyMap<string, Box>): Map<string, Box> {
  const boxes = new Map<string, Box>();
  for (const [page, ref] of doc.pages().entries()) {
    for (const a of doc.array(doc.dict(ref)?.get('Annots')) ?? []) {
      const annot = doc.dict(a);
      const dest = annot?.get('Dest');
      const r = doc.array(annot?.get('Rect'));
      if (!(dest instanceof Name) || r?.length !== 4) continue;
      const rect = r.map((v) => (typeof v === 'number' ? v : Number.NaN)) as unknown as Rect;
      const anchor = dest.text;
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
export function layNumbers(doc: PdfFile, numbers: PdfFile, anchors: readonly string[]): boolean {
  const own = pageBoxes(numbers);
  const theirs = pageBoxes(doc, own);
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
  const forms = new Map<number, Ref>();
  // One copier for every page of numbers: what they share (fonts) is copied once, under one tag.
  const copy = copier(doc, numbers);
  for (const from of plan.keys()) {
    let form: Ref | undefined;
    try {
      form = embedPage(doc, numbers, numbers.pages()[from]!, copy);
    } catch (err) {
      // A print of the numbers this cannot copy: the document is printed again instead.
      if (err instanceof PdfSyntaxError) return false;
      throw err;
    }
    if (!form) return false;
    forms.set(from, form);
  }
  const pages = doc.pages();
  for (const [from, { page, dx, dy }] of plan) drawOver(doc, pages[page]!, forms.get(from)!, dx, dy);
  return plan.size > 0;
}

/**
 * A page of another file as a form XObject of `doc`, with everything its resources refer to
 * copied; undefined when its content is in a form this cannot join (several streams not deflated).
 */
function embedPage(doc: PdfFile, from: PdfFile, page: Ref, copy: (v: PdfValue) => PdfValue): Ref | undefined {
  const streams = (from.array(from.dict(page)?.get('Contents')) ?? [from.dict(page)?.get('Contents')]).map((c) =>
    from.resolve(c),
  );
  if (!streams.length || !streams.every((s) => s instanceof PdfStream)) return undefined;
  let data: Uint8Array;
  let filter: PdfValue | undefined;
  let parms: PdfValue | undefined;
  if (streams.length === 1) {
    // One stream: its data as stored, with its filter.
    data = streams[0]!.data;
    filter = streams[0]!.dict.get('Filter');
    parms = streams[0]!.dict.get('DecodeParms');
  } else {
    const plain = streams.map((s) => decoded(s));
    if (plain.some((p) => p === undefined)) return undefined;
    data = Buffer.concat(plain.flatMap((p) => [p!, Buffer.from('\n')]));
  }
  const dict: PdfDict = new Map<string, PdfValue>([
    ['Type', new Name('XObject')],
    ['Subtype', new Name('Form')],
    ['BBox', copy(from.inherited(page, 'MediaBox') ?? [0, 0, 595.28, 841.89])],
    ['Resources', copy(from.inherited(page, 'Resources') ?? new Map())],
  ]);
  if (filter !== undefined) dict.set('Filter', copy(filter));
  if (parms !== undefined) dict.set('DecodeParms', copy(parms));
  return doc.add(new PdfStream(dict, data));
}

/** The page's content wrapped in q … Q, then the form drawn at (dx, dy), marked as an artifact. */
function drawOver(doc: PdfFile, page: Ref, form: Ref, dx: number, dy: number): void {
  const dict = new Map(doc.dict(page));
  const resources = new Map(doc.dict(doc.inherited(page, 'Resources')) ?? []);
  const xobjects = new Map(doc.dict(resources.get('XObject')) ?? []);
  let name = 'NapNumbers';
  for (let i = 1; xobjects.has(name); i++) name = `NapNumbers${i}`;
  xobjects.set(name, form);
  resources.set('XObject', xobjects);
  // The page's streams: one, or an array (which may itself be referred to).
  const contents = dict.get('Contents');
  const streams = doc.array(contents) ?? (contents ? [contents] : []);
  const before = doc.add(new PdfStream(new Map(), Buffer.from('q\n')));
  const after = doc.add(
    new PdfStream(
      new Map(),
      Buffer.from(`Q\n/Artifact BMC\nq 1 0 0 1 ${num(dx)} ${num(dy)} cm\n/${name} Do\nQ\nEMC\n`),
    ),
  );
  dict.set('Contents', [before, ...streams, after]);
  dict.set('Resources', resources);
  doc.set(page, dict);
}

/**
 * Copies values of `from` into `doc`: objects referred to are added once each, with their
 * references renumbered. A font subset keeps its name but for its tag (`ABCDEF+`), made new: the
 * document's own subsets of the same font have the same names, and subsets must differ by tag.
 */
function copier(doc: PdfFile, from: PdfFile): (v: PdfValue) => PdfValue {
  const done = new Map<number, Ref>();
  const tags = new Map<string, string>();
  const retag = (name: Name) => {
    const m = /^([A-Z]{6})\+/.exec(name.raw);
    if (!m) return name;
    if (!tags.has(m[1]!))
      tags.set(
        m[1]!,
        `NAP${String.fromCharCode(65 + (Math.floor(tags.size / 676) % 26), 65 + (Math.floor(tags.size / 26) % 26), 65 + (tags.size % 26))}`,
      );
    return new Name(`${tags.get(m[1]!)}${name.raw.slice(6)}`);
  };
  const copy = (v: PdfValue, depth: number): PdfValue => {
    if (depth > 100) throw new PdfSyntaxError('objects refer to each other too deeply');
    if (v instanceof Ref) {
      const known = done.get(v.num);
      if (known) return known;
      const target = from.get(v);
      if (target === undefined) return null;
      const ref = doc.add(null);
      done.set(v.num, ref);
      doc.set(
        ref,
        target instanceof PdfStream
          ? new PdfStream(copyDict(target.dict, depth), target.data)
          : copy(target, depth + 1),
      );
      return ref;
    }
    if (Array.isArray(v)) return v.map((x) => copy(x, depth + 1));
    if (v instanceof Map) return copyDict(v, depth);
    return v;
  };
  const copyDict = (d: PdfDict, depth: number): PdfDict =>
    new Map(
      [...d].map(([k, x]) => [
        k,
        (k === 'BaseFont' || k === 'FontName') && x instanceof Name ? retag(x) : copy(x, depth + 1),
      ]),
    );
  return (v) => copy(v, 0);
}

/** A stream's data without its compression: none or FlateDecode only. */
function decoded(s: PdfStream): Uint8Array | undefined {
  const filter = s.dict.get('Filter');
  if (filter === undefined) return s.data;
  const only = Array.isArray(filter) && filter.length === 1 ? filter[0] : filter;
  if (only instanceof Name && only.raw === 'FlateDecode' && !s.dict.has('DecodeParms')) return inflateSync(s.data);
  return undefined;
}

const num = (n: number) => (Math.round(n * 1000) / 1000).toString();
const near = (a: number, b: number) => Math.abs(a - b) < 0.01;
const sameSize = (a: Rect, b: Rect) => near(a[2] - a[0], b[2] - b[0]) && near(a[3] - a[1], b[3] - b[1]);
