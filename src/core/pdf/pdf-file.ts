import {
  Name,
  type PdfDict,
  PdfLexer,
  PdfStream,
  PdfSyntaxError,
  type PdfValue,
  Ref,
  writeValue,
} from './pdf-syntax.js';

type PdfObject = PdfValue | PdfStream;

/**
 * A PDF file read through its cross-reference table, each object parsed only when asked for,
 * and changed by an incremental update: the objects changed or added are appended after the
 * original bytes with a table of their own (ISO 32000-1, 7.5.6), so saving copies nothing else.
 * Chromium writes classic cross-reference tables; a file with a cross-reference stream is refused.
 */
export class PdfFile {
  readonly trailer: PdfDict;
  readonly #offsets = new Map<number, { offset: number; gen: number }>();
  readonly #parsed = new Map<number, PdfObject>();
  readonly #changed = new Map<number, { gen: number; value: PdfObject }>();
  /** Objects freed by a newer table than the one that lists them in use. */
  readonly #freed = new Set<number>();
  /** Objects being read: a stream whose /Length refers back to itself is an error, not a loop. */
  readonly #reading = new Set<number>();
  readonly #startxref: number;
  #size: number;

  constructor(readonly bytes: Uint8Array) {
    const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1');
    const at = tail.lastIndexOf('startxref');
    if (at < 0) throw new PdfSyntaxError('no startxref at the end of the file');
    this.#startxref = Number.parseInt(tail.slice(at + 9).trim(), 10);
    let trailer: PdfDict | undefined;
    const seen = new Set<number>();
    for (let next: number | undefined = this.#startxref; next !== undefined; ) {
      if (seen.has(next) || seen.size > 100) throw new PdfSyntaxError('the cross-reference tables loop');
      seen.add(next);
      const section = this.#readXref(next);
      trailer ??= section;
      const prev = section.get('Prev');
      next = typeof prev === 'number' ? prev : undefined;
    }
    this.trailer = trailer!;
    const size = this.trailer.get('Size');
    this.#size = typeof size === 'number' ? size : Math.max(0, ...this.#offsets.keys()) + 1;
  }

  /** The object a reference (or number) points to, parsed once; undefined if the table does not have it. */
  get(ref: Ref | number): PdfObject | undefined {
    const num = typeof ref === 'number' ? ref : ref.num;
    const changed = this.#changed.get(num);
    if (changed) return changed.value;
    if (this.#parsed.has(num)) return this.#parsed.get(num);
    const entry = this.#offsets.get(num);
    if (!entry) return undefined;
    if (this.#reading.has(num) || this.#reading.size > 16) throw new PdfSyntaxError(`object ${num} refers to itself`);
    this.#reading.add(num);
    try {
      const value = this.#readObject(num, entry.offset);
      this.#parsed.set(num, value);
      return value;
    } finally {
      this.#reading.delete(num);
    }
  }

  /** A value with references followed (a few levels at most). */
  resolve(value: PdfObject | undefined): PdfObject | undefined {
    let v = value;
    for (let i = 0; i < 8 && v instanceof Ref; i++) v = this.get(v);
    return v instanceof Ref ? undefined : v;
  }

  dict(v: PdfObject | undefined): PdfDict | undefined {
    const r = this.resolve(v);
    return r instanceof Map ? r : r instanceof PdfStream ? r.dict : undefined;
  }

  array(v: PdfObject | undefined): PdfValue[] | undefined {
    const r = this.resolve(v);
    return Array.isArray(r) ? r : undefined;
  }

  catalog(): PdfDict {
    const root = this.dict(this.trailer.get('Root'));
    if (!root) throw new PdfSyntaxError('the file has no catalog');
    return root;
  }

  /** The pages in order, by their references, through the page tree. */
  pages(): Ref[] {
    const out: Ref[] = [];
    const seen = new Set<number>();
    const walk = (node: PdfValue | undefined, depth: number) => {
      if (!(node instanceof Ref) || seen.has(node.num) || depth > 50) return;
      seen.add(node.num);
      const d = this.dict(node);
      const type = d?.get('Type');
      if (type instanceof Name && type.raw === 'Page') out.push(node);
      else for (const kid of this.array(d?.get('Kids')) ?? []) walk(kid, depth + 1);
    };
    walk(this.catalog().get('Pages'), 0);
    return out;
  }

  /** A key of a page, or of the page tree above it when the page inherits it (Resources, MediaBox). */
  inherited(page: Ref, key: string): PdfValue | undefined {
    let node = this.dict(page);
    for (let i = 0; node && i < 50; i++) {
      if (node.has(key)) return node.get(key);
      node = this.dict(node.get('Parent'));
    }
    return undefined;
  }

  /** Replaces an object, in the update saved. */
  set(ref: Ref, value: PdfObject): void {
    this.#changed.set(ref.num, { gen: ref.gen, value });
  }

  /** Adds an object, in the update saved. */
  add(value: PdfObject): Ref {
    const ref = new Ref(this.#size++, 0);
    this.set(ref, value);
    return ref;
  }

  /** The file with the changes appended as an incremental update; the bytes as read when nothing changed. */
  save(): Uint8Array {
    if (!this.#changed.size) return this.bytes;
    const parts: Buffer[] = [Buffer.from(this.bytes), Buffer.from('\n')];
    let offset = this.bytes.length + 1;
    const written: [number, number, number][] = [];
    for (const [num, { gen, value }] of [...this.#changed].sort((a, b) => a[0] - b[0])) {
      const head = `${num} ${gen} obj\n`;
      const chunk =
        value instanceof PdfStream
          ? Buffer.concat([
              Buffer.from(
                `${head}${writeValue(new Map([...value.dict, ['Length', value.data.length]]))}\nstream\n`,
                'latin1',
              ),
              Buffer.from(value.data),
              Buffer.from('\nendstream\nendobj\n'),
            ])
          : Buffer.from(`${head}${writeValue(value)}\nendobj\n`, 'latin1');
      written.push([num, gen, offset]);
      parts.push(chunk);
      offset += chunk.length;
    }
    // One subsection per run of consecutive object numbers.
    let xref = 'xref\n';
    for (let i = 0; i < written.length; ) {
      let j = i;
      while (j + 1 < written.length && written[j + 1]![0] === written[j]![0] + 1) j++;
      xref += `${written[i]![0]} ${j - i + 1}\n`;
      for (const [, gen, at] of written.slice(i, j + 1))
        xref += `${String(at).padStart(10, '0')} ${String(gen).padStart(5, '0')} n\r\n`;
      i = j + 1;
    }
    const trailer = new Map(this.trailer);
    trailer.delete('XRefStm');
    trailer.set('Size', this.#size);
    trailer.set('Prev', this.#startxref);
    parts.push(Buffer.from(`${xref}trailer\n${writeValue(trailer)}\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
    const out = Buffer.concat(parts);
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  }

  /** The trailer of the table at `offset`, its entries added where a newer table has none. */
  #readXref(offset: number): PdfDict {
    const lex = new PdfLexer(this.bytes, offset);
    if (lex.word() !== 'xref') throw new PdfSyntaxError('the file has a cross-reference stream, not a table');
    // Whole numbers only: anything else (a delimiter, the end of the file) is an error, never a 0.
    const whole = () => {
      const w = lex.word();
      return /^\d{1,10}$/.test(w)
        ? Number(w)
        : lex.fail(`a number expected in the cross-reference table, found '${w}'`);
    };
    for (;;) {
      if (lex.word(true) === 'trailer') break;
      const start = whole();
      const count = whole();
      if (start + count > 10_000_000) lex.fail('a cross-reference subsection too large');
      for (let i = 0; i < count; i++) {
        const at = whole();
        const gen = whole();
        const kind = lex.word();
        if (kind !== 'n' && kind !== 'f') lex.fail('a cross-reference entry expected');
        // A newer table's entry, free or not, stands over an older one.
        if (kind === 'n' && !this.#offsets.has(start + i) && !this.#freed.has(start + i))
          this.#offsets.set(start + i, { offset: at, gen });
        else if (kind === 'f' && !this.#offsets.has(start + i)) this.#freed.add(start + i);
      }
    }
    lex.word();
    lex.skipSpace();
    if (this.bytes[lex.pos] !== 0x3c) lex.fail('a trailer dictionary expected');
    return lex.dict();
  }

  #readObject(num: number, offset: number): PdfObject {
    const lex = new PdfLexer(this.bytes, offset);
    if (Number(lex.word()) !== num) lex.fail(`object ${num} expected`);
    lex.word();
    lex.expect('obj');
    const value = lex.value();
    if (!(value instanceof Map) || lex.word(true) !== 'stream') return value;
    lex.word();
    // The data starts after the end of line that follows the keyword.
    if (this.bytes[lex.pos] === 0x0d) lex.pos++;
    if (this.bytes[lex.pos] === 0x0a) lex.pos++;
    const length = this.resolve(value.get('Length'));
    if (typeof length !== 'number' || length < 0 || lex.pos + length > this.bytes.length)
      return lex.fail(`object ${num} has no usable /Length`);
    return new PdfStream(value, this.bytes.subarray(lex.pos, lex.pos + length));
  }
}
