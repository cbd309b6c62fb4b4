/**
 * The objects of a PDF file (ISO 32000-1, 7.3), read from bytes and written back: enough to
 * read the bookmarks and links of Chromium's prints and to append changes to them
 * (pdf-file.ts), without a general PDF library (parsing every object of a tagged report took
 * longer than its contents needed).
 */

export class Name {
  /** The name's bytes, one character each (#xx escapes undone). */
  constructor(readonly raw: string) {}
  /** The name as text (names are written as UTF-8). */
  get text(): string {
    return Buffer.from(this.raw, 'latin1').toString('utf8');
  }
}

export class Ref {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

export class PdfString {
  constructor(readonly bytes: Uint8Array) {}
  /** A text string: UTF-16BE with its byte order mark, UTF-8 with its own, or PDFDocEncoding. */
  get text(): string {
    const b = this.bytes;
    if (b[0] === 0xfe && b[1] === 0xff) {
      const swapped = Buffer.from(b.subarray(2, 2 + ((b.length - 2) & ~1)));
      return swapped.swap16().toString('utf16le');
    }
    if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return Buffer.from(b.subarray(3)).toString('utf8');
    return Array.from(b, (c) => PDF_DOC[c] ?? String.fromCharCode(c)).join('');
  }
  /** Any text, as UTF-16BE with a byte order mark. */
  static of(text: string): PdfString {
    const le = Buffer.from(text, 'utf16le');
    return new PdfString(Buffer.concat([Buffer.from([0xfe, 0xff]), le.swap16()]));
  }
  /** Text of ASCII characters (dates), as bytes. */
  static ascii(text: string): PdfString {
    return new PdfString(Buffer.from(text, 'latin1'));
  }
}

export type PdfDict = Map<string, PdfValue>;
export type PdfValue = number | boolean | null | Name | Ref | PdfString | PdfValue[] | PdfDict;

/** A stream object: its dictionary and its data as stored (still encoded by its /Filter). */
export class PdfStream {
  constructor(
    readonly dict: PdfDict,
    readonly data: Uint8Array,
  ) {}
}

export class PdfSyntaxError extends Error {}

// PDFDocEncoding where it differs from Latin-1 (ISO 32000-1, table D.2).
const PDF_DOC: Record<number, string> = {
  24: '\u02d8',
  25: '\u02c7',
  26: '\u02c6',
  27: '\u02d9',
  28: '\u02dd',
  29: '\u02db',
  30: '\u02da',
  31: '\u02dc',
  128: '\u2022',
  129: '\u2020',
  130: '\u2021',
  131: '\u2026',
  132: '\u2014',
  133: '\u2013',
  134: '\u0192',
  135: '\u2044',
  136: '\u2039',
  137: '\u203a',
  138: '\u2212',
  139: '\u2030',
  140: '\u201e',
  141: '\u201c',
  142: '\u201d',
  143: '\u2018',
  144: '\u2019',
  145: '\u201a',
  146: '\u2122',
  147: '\ufb01',
  148: '\ufb02',
  149: '\u0141',
  150: '\u0152',
  151: '\u0160',
  152: '\u0178',
  153: '\u017d',
  154: '\u0131',
  155: '\u0142',
  156: '\u0153',
  157: '\u0161',
  158: '\u017e',
  160: '\u20ac',
};

const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITER = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));
const isRegular = (c: number | undefined) => c !== undefined && !WHITE.has(c) && !DELIMITER.has(c);
/** A PDF number: digits with an optional sign and point (no exponent, no hex, no Infinity). */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;
const ESCAPES: Record<number, number> = { 110: 0x0a, 114: 0x0d, 116: 0x09, 98: 0x08, 102: 0x0c };

/** Reads PDF objects from bytes, from a position on. */
export class PdfLexer {
  constructor(
    readonly bytes: Uint8Array,
    public pos = 0,
  ) {}

  skipSpace(): void {
    const b = this.bytes;
    for (;;) {
      while (this.pos < b.length && WHITE.has(b[this.pos]!)) this.pos++;
      if (b[this.pos] !== 0x25) return; // %: a comment to the end of the line
      while (this.pos < b.length && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos++;
    }
  }

  /** A keyword or number token (regular characters), without moving past it when `peek`. */
  word(peek = false): string {
    this.skipSpace();
    let end = this.pos;
    while (isRegular(this.bytes[end])) end++;
    const w = Buffer.from(this.bytes.subarray(this.pos, end)).toString('latin1');
    if (!peek) this.pos = end;
    return w;
  }

  expect(keyword: string): void {
    const w = this.word();
    if (w !== keyword) this.fail(`'${keyword}' expected, found '${w}'`);
  }

  value(depth = 0): PdfValue {
    if (depth > 100) this.fail('objects nested too deeply');
    this.skipSpace();
    const b = this.bytes;
    const c = b[this.pos];
    if (c === 0x2f) return this.name();
    if (c === 0x28) return this.literal();
    if (c === 0x3c && b[this.pos + 1] === 0x3c) return this.dict(depth);
    if (c === 0x3c) return this.hex();
    if (c === 0x5b) {
      this.pos++;
      const items: PdfValue[] = [];
      for (;;) {
        this.skipSpace();
        if (b[this.pos] === 0x5d) {
          this.pos++;
          return items;
        }
        if (this.pos >= b.length) this.fail('an array is not closed');
        items.push(this.value(depth + 1));
      }
    }
    const w = this.word();
    if (w === 'true') return true;
    if (w === 'false') return false;
    if (w === 'null') return null;
    if (!NUMBER.test(w)) this.fail(`unexpected '${w || String.fromCharCode(c ?? 32)}'`);
    const n = Number(w);
    // "12 0 R": a reference.
    if (/^\d+$/.test(w)) {
      const back = this.pos;
      const gen = this.word();
      if (/^\d+$/.test(gen) && this.word() === 'R') return new Ref(n, Number(gen));
      this.pos = back;
    }
    return n;
  }

  dict(depth = 0): PdfDict {
    this.pos += 2;
    const d: PdfDict = new Map();
    for (;;) {
      this.skipSpace();
      if (this.bytes[this.pos] === 0x3e && this.bytes[this.pos + 1] === 0x3e) {
        this.pos += 2;
        return d;
      }
      if (this.bytes[this.pos] !== 0x2f) this.fail('a dictionary key must be a name');
      const key = this.name().raw;
      d.set(key, this.value(depth + 1));
    }
  }

  fail(what: string): never {
    throw new PdfSyntaxError(`${what} at byte ${this.pos}`);
  }

  private name(): Name {
    this.pos++;
    let raw = '';
    while (isRegular(this.bytes[this.pos])) {
      const c = this.bytes[this.pos++]!;
      if (c === 0x23) {
        const hex = Buffer.from(this.bytes.subarray(this.pos, this.pos + 2)).toString('latin1');
        if (!/^[0-9a-fA-F]{2}$/.test(hex)) this.fail('# in a name must be followed by two hex digits');
        raw += String.fromCharCode(Number.parseInt(hex, 16));
        this.pos += 2;
      } else raw += String.fromCharCode(c);
    }
    return new Name(raw);
  }

  private literal(): PdfString {
    const b = this.bytes;
    const out: number[] = [];
    let depth = 1;
    this.pos++;
    while (this.pos < b.length) {
      const c = b[this.pos++]!;
      if (c === 0x5c) {
        const e = b[this.pos++]!;
        if (ESCAPES[e] !== undefined) out.push(ESCAPES[e]!);
        else if (e >= 0x30 && e <= 0x37) {
          let v = e - 0x30;
          for (let k = 0; k < 2 && b[this.pos]! >= 0x30 && b[this.pos]! <= 0x37; k++) v = v * 8 + b[this.pos++]! - 0x30;
          out.push(v & 0xff);
        } else if (e === 0x0d) {
          if (b[this.pos] === 0x0a) this.pos++; // a line continued
        } else if (e !== 0x0a) out.push(e);
        continue;
      }
      if (c === 0x28) depth++;
      if (c === 0x29 && --depth === 0) return new PdfString(Uint8Array.from(out));
      // An end of line written as it is, whatever its form, is a line feed (7.3.4.2).
      if (c === 0x0d) {
        if (b[this.pos] === 0x0a) this.pos++;
        out.push(0x0a);
      } else out.push(c);
    }
    return this.fail('a string is not closed');
  }

  private hex(): PdfString {
    const end = this.bytes.indexOf(0x3e, this.pos);
    if (end < 0) this.fail('a hex string is not closed');
    const digits = Buffer.from(this.bytes.subarray(this.pos + 1, end))
      .toString('latin1')
      .replace(/[\0\t\n\f\r ]+/g, '');
    if (!/^[0-9a-fA-F]*$/.test(digits)) this.fail('a hex string holds something other than hex digits');
    this.pos = end + 1;
    return new PdfString(Buffer.from(digits.length % 2 ? `${digits}0` : digits, 'hex'));
  }
}

/** A value as PDF syntax. */
export function writeValue(v: PdfValue): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return writeNumber(v);
  if (v instanceof Name) return writeName(v.raw);
  if (v instanceof Ref) return `${v.num} ${v.gen} R`;
  if (v instanceof PdfString) return `<${Buffer.from(v.bytes).toString('hex').toUpperCase()}>`;
  if (Array.isArray(v)) return `[${v.map(writeValue).join(' ')}]`;
  return `<<${[...v].map(([k, x]) => `${writeName(k)} ${writeValue(x)}`).join('\n')}>>`;
}

function writeNumber(n: number): string {
  if (!Number.isFinite(n)) throw new PdfSyntaxError(`a number cannot be ${n}`);
  // Never the exponent form (1e21, 1e-7), which PDF does not have.
  if (Number.isInteger(n)) return BigInt(n).toString();
  const fixed = n.toFixed(6).replace(/\.?0+$/, '');
  return fixed === '-0' ? '0' : fixed;
}

function writeName(raw: string): string {
  let out = '/';
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c > 0xff) throw new PdfSyntaxError('a name is made of bytes');
    out += c > 0x20 && c < 0x7f && c !== 0x23 && !DELIMITER.has(c) ? raw[i] : `#${c.toString(16).padStart(2, '0')}`;
  }
  return out;
}
