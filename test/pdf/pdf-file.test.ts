import fc from 'fast-check';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { loadPdf } from '../../src/core/pdf/outline.js';
import { PdfFile } from '../../src/core/pdf/pdf-file.js';
import {
  Name,
  type PdfDict,
  PdfLexer,
  PdfString as PdfStr,
  PdfStream,
  PdfSyntaxError,
  type PdfValue,
  Ref,
  writeValue,
} from '../../src/core/pdf/pdf-syntax.js';
import { readPdf } from '../pdf-helpers.js';

const bytes = (s: string) => Buffer.from(s, 'latin1');
const read = (s: string) => new PdfLexer(bytes(s)).value();

/** A PDF made by another library, with a classic cross-reference table as Chromium writes. */
async function sample(pages = 2): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([200, 100]).drawText(`page ${i + 1}`, { x: 10, y: 10 });
  doc.setTitle('Sample');
  doc.catalog.set(PDFName.of('Lang'), PDFString.of('en'));
  return doc.save({ useObjectStreams: false });
}

describe('PDF syntax', () => {
  it('reads names, strings, numbers, references, arrays and dictionaries', () => {
    expect(read('/A#20B')).toEqual(new Name('A B'));
    const text = (s: string) => Buffer.from((read(s) as PdfStr).bytes).toString('latin1');
    expect(text('(a \\(b\\) (c) \\101\\n\\\n)')).toBe('a (b) (c) A\n');
    expect(text('<48 65 6c6C 6>')).toBe('Hell`');
    expect(read('[1 0 R 2 -3.5 .5 true null /N]')).toEqual([new Ref(1, 0), 2, -3.5, 0.5, true, null, new Name('N')]);
    const d = read('<< /Type /Page % a comment\n /Kids [ 3 0 R ] /Sub << /X (y) >> >>') as PdfDict;
    expect([...d.keys()]).toEqual(['Type', 'Kids', 'Sub']);
    expect(d.get('Kids')).toEqual([new Ref(3, 0)]);
  });

  it('decodes text strings: UTF-16 with its mark, UTF-8 with its mark, PDFDocEncoding', () => {
    expect(PdfStr.of('Égalité — 1325').text).toBe('Égalité — 1325');
    expect(new PdfStr(Buffer.from([0xef, 0xbb, 0xbf, ...Buffer.from('été')])).text).toBe('été');
    expect(new PdfStr(Buffer.from([0x80, 0x20, 0xe9, 0x84])).text).toBe('• é—');
  });

  it('refuses what is not PDF syntax with its own error, and reads line ends in strings as line feeds', () => {
    for (const bad of ['/A#zz', '<41 4G>', '0x10', '1e5', 'Infinity', '[1 2', '<< /A 1', '(open'])
      expect(() => read(bad), bad).toThrow(PdfSyntaxError);
    expect(Buffer.from((read('(a\r\nb\rc)') as PdfStr).bytes).toString('latin1')).toBe('a\nb\nc');
    expect(writeValue(1e21)).toBe('1000000000000000000000');
    expect(writeValue(1e-7)).toBe('0');
    expect(() => writeValue(new Name('\u0100'))).toThrow(PdfSyntaxError);
  });

  it('writes any value so that it reads back the same', () => {
    const value: fc.Arbitrary<PdfValue> = fc.letrec<{ v: PdfValue }>((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.constantFrom(true, false, null, 0.5, -12.25, 595.27999),
        fc.string({ unit: 'binary' }).map((s) => new Name(Buffer.from(s, 'utf8').toString('latin1'))),
        fc.uint8Array({ maxLength: 40 }).map((b) => new PdfStr(b)),
        fc.tuple(fc.nat(1e6), fc.nat(65535)).map(([n, g]) => new Ref(n, g)),
        fc.array(tie('v'), { maxLength: 5 }),
        fc
          .uniqueArray(fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), tie('v')), {
            selector: ([k]) => k,
            maxLength: 5,
          })
          .map((entries) => new Map(entries) as PdfDict),
      ),
    })).v;
    fc.assert(
      fc.property(value, (v) => {
        const written = writeValue(v);
        // Strings compare by their bytes, the rest by value.
        const plain = (x: PdfValue): unknown =>
          x instanceof PdfStr
            ? Buffer.from(x.bytes).toString('hex')
            : Array.isArray(x)
              ? x.map(plain)
              : x instanceof Map
                ? [...x].map(([k, y]) => [k, plain(y)])
                : x;
        expect(plain(read(written))).toEqual(plain(v));
        expect(writeValue(read(written))).toBe(written);
      }),
      { numRuns: 500 },
    );
  });
});

const titleOf = (doc: PdfFile) => {
  const title = doc.dict(doc.trailer.get('Info'))?.get('Title');
  return title instanceof PdfStr ? title.text : undefined;
};

describe('a PDF file read through its table and changed by an incremental update', () => {
  it('reads the pages and the catalog of a file another library wrote', async () => {
    const doc = new PdfFile(await sample(3));
    expect(doc.pages()).toHaveLength(3);
    expect((doc.catalog().get('Lang') as PdfStr).text).toBe('en');
    expect(doc.dict(doc.pages()[0])?.get('MediaBox')).toEqual([0, 0, 200, 100]);
  });

  it('appends changed and added objects after the original bytes; other readers see the changes', async () => {
    const original = await sample(2);
    const doc = new PdfFile(original);
    const info = doc.trailer.get('Info') as Ref;
    doc.set(info, new Map([['Title', PdfStr.of('Changed — été')]]));
    const added = doc.add(new PdfStream(new Map([['Kind', new Name('Note')]]), bytes('hello')));
    doc.set(doc.trailer.get('Root') as Ref, new Map([...doc.catalog(), ['Extra', added]]));
    const saved = doc.save();
    expect(Buffer.from(saved.subarray(0, original.length)).equals(Buffer.from(original))).toBe(true);

    const again = new PdfFile(saved);
    expect(titleOf(again)).toBe('Changed — été');
    const stream = again.get(again.catalog().get('Extra') as Ref) as PdfStream;
    expect(Buffer.from(stream.data).toString()).toBe('hello');
    expect(again.pages()).toHaveLength(2);
    // A second update chains to the first (/Prev).
    again.set(again.trailer.get('Info') as Ref, new Map([['Title', PdfStr.of('Twice')]]));
    const twice = new PdfFile(again.save());
    expect(titleOf(twice)).toBe('Twice');
    expect(twice.get(added)).toBeInstanceOf(PdfStream);

    const { PDFDocument: Lib } = await import('pdf-lib');
    expect((await Lib.load(twice.save(), { updateMetadata: false })).getTitle()).toBe('Twice');
    const pdf = await readPdf(twice.save());
    expect(pdf.pages.map((p) => p.trim())).toEqual(['page 1', 'page 2']);
  });

  it('refuses a broken table or an object that refers to itself at once, never hangs', async () => {
    const good = Buffer.from(await sample(1)).toString('latin1');
    const xref = good.lastIndexOf('\nxref\n') + 1;
    // The table's entries cut short: what follows is the trailer's dictionary, not numbers.
    const cut = good.slice(0, xref) + good.slice(xref).replace(/^(xref\n0 \d+\n)[\s\S]*?(<<)/, '$1$2');
    expect(() => new PdfFile(bytes(cut))).toThrow(PdfSyntaxError);
    const noTrailer = good.slice(0, xref) + good.slice(xref).replace('trailer', '');
    expect(() => new PdfFile(bytes(noTrailer))).toThrow(PdfSyntaxError);
    // A stream whose /Length is itself.
    const head = '%PDF-1.4\n';
    const obj = '1 0 obj\n<< /Length 1 0 R >>\nstream\nxx\nendstream\nendobj\n';
    const table = `xref\n0 2\n0000000000 65535 f\r\n${String(head.length).padStart(10, '0')} 00000 n\r\ntrailer\n<< /Size 2 /Root 1 0 R >>\nstartxref\n${head.length + obj.length}\n%%EOF\n`;
    const selfish = new PdfFile(bytes(head + obj + table));
    expect(() => selfish.get(1)).toThrow(PdfSyntaxError);
  });

  it('saves the bytes as read when nothing changed', async () => {
    const original = await sample(1);
    expect(new PdfFile(original).save()).toBe(original);
  });

  it('refuses, with a message, a file it cannot read', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    const streams = await doc.save({ useObjectStreams: true });
    expect(() => loadPdf(streams)).toThrow(/the browser's PDF could not be read: .*cross-reference stream/);
    expect(() => loadPdf(bytes('%PDF-1.4\nnothing here'))).toThrow(/no startxref/);
  });
});
