import { joinPointer } from '../model/pointer.js';
import { INTEGER, keyName, MAX_KEY_CHARS, resolvePlain } from './core-schema.js';
import type { FastYaml } from './fast-yaml.js';
import type { FlowLimits } from './flow-scan.js';

/**
 * The first, fastest reader of YAML: a line scanner for the block style that plans are written
 * in (block mappings and lists, one-line scalars, one-line bracketed collections, `|` and `>`
 * text), building plain data straight from the text with no events in between. It reads only
 * what it is sure of and gives up (undefined) on anything else, which js-yaml's events (phase 1,
 * fast-yaml.ts) or eemeli/yaml (phase 2) then read: any tag, anchor, alias, directive or document
 * marker; a tab or a control character anywhere; a scalar over several lines (but `|` and `>`);
 * `?` keys, keys with spaces or indicators, null, duplicate, `__proto__` or very long keys;
 * escapes in double quotes other than `\\ \" \/ \n \t \r` and `\ `; a plain scalar holding `: `;
 * `>` text with more indented lines, `|+`, `>+`, indentation indicators, leading blank lines;
 * a root that is not a mapping at the left margin. The differential test holds it to phase 2.
 * On the plans of the benchmark it reads about five times as fast as js-yaml's events.
 *
 * It gives up where the scan for bracket bombs (flow-scan.ts) would find a limit broken, so a
 * file it reads needs no scan: its collections in brackets are the scan's, counted alike. It
 * also gives up on what the scan reads otherwise than YAML (`SCAN_MISREADS`, `ONLY_WHITE_SPACE`).
 */
export function parseLines(text: string, limits: FlowLimits): FastYaml | undefined {
  if (DOUBTFUL_CHARACTERS.test(text) || (text.includes('\r') && LONE_CR.test(text))) return undefined;
  const reader = new LineReader(text, limits);
  try {
    return reader.read();
  } catch (err) {
    if (err === GIVE_UP) return undefined;
    throw err;
  }
}

// Tabs (never indentation, and read differently around scalars by the parsers), control
// characters, line and paragraph separators, byte-order marks and non-characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const DOUBTFUL_CHARACTERS = /[\t\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
const LONE_CR = /\r(?!\n)/;

// Thrown without a stack (giving up is common and must be cheap).
const GIVE_UP = Symbol('give up');
const giveUp = (): never => {
  throw GIVE_UP;
};

const SPACE = 32;
const HASH = 35;
const DASH = 45;
const COLON = 58;
const DQUOTE = 34;
const SQUOTE = 39;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_SQUARE = 91;
const CLOSE_SQUARE = 93;
const OPEN_CURLY = 123;
const CLOSE_CURLY = 125;

/** A character a plain key may start with: a letter, a digit or `_`. */
function isKeyStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}
/** A character of a plain key: those, `.`, `-` and `/`. */
function isKeyChar(c: number): boolean {
  return isKeyStart(c) || c === 46 || c === DASH || c === 47;
}
/** Whether a plain scalar may start here: not with an indicator (`?` and `:` included), nor `-` before a space or bracket. */
function isPlainStart(text: string, at: number, end: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128 && INDICATOR[c]) return false;
  if (c === DASH) {
    const next = at + 1 < end ? text.charCodeAt(at + 1) : SPACE;
    return next !== SPACE && !(next < 128 && INDICATOR[next] === FLOW);
  }
  return true;
}
/**
 * What the scan for bracket bombs (flow-scan.ts) would read otherwise than YAML in a plain
 * scalar: a bracket, or a quote after `,`, `?` or `- `, where it starts a string that runs on to
 * the next quote of the file (found by a review: `title: Is it fair?"` then brackets in quotes).
 */
const SCAN_MISREADS = /[[{]|(?:[,?]\s*|-\s+)['"]/;
/** A line of nothing but white space other than spaces, which the scan takes for a blank line. */
const ONLY_WHITE_SPACE = /^\s+$/;
/** A plain scalar in brackets runs up to one of these, by character code. */
const FLOW_STOP = new Uint8Array(128);
for (const c of ',[]{}:#\r\n') FLOW_STOP[c.charCodeAt(0)] = 1;
// By character code: 1 for an indicator, FLOW for those of collections in brackets.
const FLOW = 2;
const INDICATOR = new Uint8Array(128);
for (const c of '#&*!|>\'"%@`?:') INDICATOR[c.charCodeAt(0)] = 1;
for (const c of ',[]{}') INDICATOR[c.charCodeAt(0)] = FLOW;

class LineReader {
  private readonly text: string;
  private readonly maxDepth: number;
  private readonly limits: FlowLimits;
  /** Collections in brackets and the commas between their items, as the scan counts them. */
  private flowTotal = 0;
  private readonly changedNumbers = new Map<string, string>();
  private readonly path: (string | number)[] = [];
  // The current line: where it starts, where its text starts (after the indentation, or after
  // `- ` for a mapping inside a list item), its column there, and its end (before `\r\n`).
  private lineStart = 0;
  private at = 0;
  private column = 0;
  private lineEnd = 0;
  private done = false;
  /** Where the quoted scalar, collection in brackets or key just read ends (no tuple to collect). */
  private after = 0;

  constructor(text: string, limits: FlowLimits) {
    this.text = text;
    this.maxDepth = limits.depth;
    this.limits = limits;
  }

  read(): FastYaml | undefined {
    this.seek(0);
    if (this.done || this.column !== 0) return undefined;
    const data = this.mapping(0, 1);
    if (!this.done) giveUp();
    return { data, changedNumbers: this.changedNumbers };
  }

  /** Moves to the first line from `from` with something other than spaces or a comment. */
  private seek(from: number): void {
    const text = this.text;
    let p = from;
    while (p < text.length) {
      const nl = text.indexOf('\n', p);
      const end = nl === -1 ? text.length : nl;
      const lineEnd = end > p && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
      let q = p;
      while (q < lineEnd && text.charCodeAt(q) === SPACE) q++;
      if (q < lineEnd && text.charCodeAt(q) !== HASH) {
        this.lineStart = p;
        this.at = q;
        this.column = q - p;
        this.lineEnd = lineEnd;
        return;
      }
      p = end + 1;
    }
    this.done = true;
  }

  /** The next line with something on it. */
  private nextLine(): void {
    const nl = this.text.indexOf('\n', this.lineEnd);
    if (nl === -1) this.done = true;
    else this.seek(nl + 1);
  }

  /** A block mapping whose keys stand in `indent`; the current line holds its first key. */
  private mapping(indent: number, depth: number): Record<string, unknown> {
    if (depth >= this.maxDepth) giveUp();
    const map: Record<string, unknown> = {};
    for (let first = true; ; first = false) {
      const key = this.key(map, first);
      // `this.at` is now just after the colon.
      this.path.push(key);
      const p = this.skipSpaces(this.at);
      if (p === this.lineEnd || this.text.charCodeAt(p) === HASH) map[key] = this.nested(indent, depth, true);
      else map[key] = this.inline(p, indent, depth);
      this.path.pop();
      if (this.done || this.column < indent) return map;
      if (this.column > indent) giveUp();
    }
  }

  /** A block list whose `-` stand in `indent`; the current line starts with one. */
  private list(indent: number, depth: number): unknown[] {
    if (depth >= this.maxDepth) giveUp();
    const list: unknown[] = [];
    const text = this.text;
    for (;;) {
      this.path.push(list.length);
      const p = this.skipSpaces(this.at + 1);
      if (p === this.lineEnd || text.charCodeAt(p) === HASH) list.push(this.nested(indent, depth, false));
      else if (text.charCodeAt(p) === DASH && (p + 1 === this.lineEnd || text.charCodeAt(p + 1) === SPACE)) giveUp();
      else if (this.isKeyAt(p)) {
        // `- key: value`: a mapping whose keys stand in the column of this first one.
        this.at = p;
        this.column = p - this.lineStart;
        list.push(this.mapping(this.column, depth + 1));
      } else list.push(this.inline(p, indent, depth));
      this.path.pop();
      if (this.done || this.column < indent) return list;
      if (this.column > indent) giveUp();
      // A line in the list's column without `-` holds a key of the mapping around it, or is wrong.
      if (!this.isDashAt(this.at)) return list;
    }
  }

  private isDashAt(p: number): boolean {
    return this.text.charCodeAt(p) === DASH && (p + 1 === this.lineEnd || this.text.charCodeAt(p + 1) === SPACE);
  }

  /**
   * The value of `key:` or `-` with nothing after it on the line: a block collection on the lines
   * below, or null. A mapping's value may be a list whose `-` stand in the mapping's own column.
   */
  private nested(indent: number, depth: number, inMapping: boolean): unknown {
    this.nextLine();
    if (this.done || this.column < indent) return null;
    if (this.column === indent) return inMapping && this.isDashAt(this.at) ? this.list(indent, depth + 1) : null;
    return this.isDashAt(this.at)
      ? this.list(this.column, depth + 1)
      : this.isKeyAt(this.at)
        ? this.mapping(this.column, depth + 1)
        : giveUp();
  }

  /** A value that starts on the line at `p`; afterwards the reader stands on the next line. */
  private inline(p: number, parentIndent: number, depth: number): unknown {
    const text = this.text;
    const c = text.charCodeAt(p);
    let value: unknown;
    let end: number;
    if (c === 124 || c === 62) return this.blockScalar(p, parentIndent);
    if (c === DQUOTE || c === SQUOTE) {
      value = this.quoted(p, this.lineEnd);
      end = this.after;
    } else if (c === OPEN_SQUARE || c === OPEN_CURLY) {
      value = this.flow(p, depth + 1);
      end = this.after;
    } else {
      if (!isPlainStart(text, p, this.lineEnd)) giveUp();
      // The line only: searching the rest of the file for ` #` would make reading quadratic.
      let raw = text.slice(p, this.lineEnd);
      let stop = raw.indexOf(' #');
      if (stop === -1) stop = raw.length;
      while (raw.charCodeAt(stop - 1) === SPACE) stop--;
      raw = raw.slice(0, stop);
      // `a: b: c` and `a: b:` are errors, or a mapping; the scan for bracket bombs could take
      // `[` or `{` here (after `- `, `, ` or `?`) for a collection, or a quote for a string.
      if (raw.includes(': ') || raw.charCodeAt(raw.length - 1) === COLON || SCAN_MISREADS.test(raw)) giveUp();
      value = this.plain(raw);
      end = this.lineEnd;
    }
    this.endOfLine(end);
    this.nextLine();
    // A line more indented than the collection would continue a scalar over several lines.
    if (!this.done && this.column > parentIndent) giveUp();
    return value;
  }

  /** Only spaces and a comment may follow a value on its line. */
  private endOfLine(from: number): void {
    const p = this.skipSpaces(from);
    if (p === this.lineEnd) return;
    if (this.text.charCodeAt(p) !== HASH || p === from) giveUp();
  }

  private skipSpaces(from: number): number {
    let p = from;
    while (p < this.lineEnd && this.text.charCodeAt(p) === SPACE) p++;
    return p;
  }

  /** Whether a key and a colon (then a space or the line's end) start at `p`. */
  private isKeyAt(p: number): boolean {
    const text = this.text;
    const c = text.charCodeAt(p);
    if (c === DQUOTE || c === SQUOTE) {
      const close = text.indexOf(text[p]!, p + 1);
      return close !== -1 && close < this.lineEnd && text.charCodeAt(close + 1) === COLON;
    }
    if (!isKeyStart(c)) return false;
    let q = p + 1;
    while (q < this.lineEnd && isKeyChar(text.charCodeAt(q))) q++;
    return text.charCodeAt(q) === COLON && (q + 1 === this.lineEnd || text.charCodeAt(q + 1) === SPACE);
  }

  /** The key at the reader's position and its colon (then a space or the line's end); moves past the colon. */
  private key(map: Record<string, unknown>, first: boolean): string {
    const key = this.keyAt(this.at, map, first);
    const q = this.after;
    const text = this.text;
    if (text.charCodeAt(q) !== COLON || (q + 1 !== this.lineEnd && text.charCodeAt(q + 1) !== SPACE)) giveUp();
    this.at = q + 1;
    return key;
  }

  /**
   * A key, quoted or plain, at `p`, checked as eemeli/yaml would name the property (not too long,
   * not `__proto__`, not twice in `map`); `this.after` is where it ends.
   */
  private keyAt(p: number, map: Record<string, unknown>, first: boolean): string {
    const text = this.text;
    const c = text.charCodeAt(p);
    let key: string;
    let q: number;
    if (c === DQUOTE || c === SQUOTE) {
      key = this.quoted(p, this.lineEnd);
      q = this.after;
    } else {
      if (!isKeyStart(c)) giveUp();
      q = p + 1;
      while (q < this.lineEnd && isKeyChar(text.charCodeAt(q))) q++;
      const raw = text.slice(p, q);
      key = keyName(resolvePlain(raw), raw) ?? giveUp();
    }
    // The first key of a mapping cannot be a second one: not looked up (a plan has some 100,000 mappings).
    if (q - p > MAX_KEY_CHARS || key === '__proto__' || (!first && Object.hasOwn(map, key))) giveUp();
    this.after = q;
    return key;
  }

  /** A plain scalar's value, noting a number whose text YAML changes (`1.10`). */
  private plain(raw: string): unknown {
    const value = resolvePlain(raw);
    if (typeof value === 'number') {
      if (Number.isInteger(value) && !Number.isSafeInteger(value) && INTEGER.test(raw)) giveUp();
      if (raw !== String(value)) this.changedNumbers.set(joinPointer(this.path), raw);
    }
    return value;
  }

  /** A quoted scalar closed on its line: its value and the position after the closing quote. */
  private quoted(p: number, end: number): string {
    const text = this.text;
    if (text.charCodeAt(p) === SQUOTE) {
      let value = '';
      let from = p + 1;
      for (;;) {
        const close = text.indexOf("'", from);
        if (close === -1 || close >= end) giveUp();
        value += text.slice(from, close);
        if (text.charCodeAt(close + 1) !== SQUOTE || close + 1 >= end) {
          this.after = close + 1;
          return value;
        }
        value += "'";
        from = close + 2;
      }
    }
    let value = '';
    let from = p + 1;
    for (let i = from; ; i++) {
      if (i >= end) giveUp();
      const c = text.charCodeAt(i);
      if (c === DQUOTE) {
        this.after = i + 1;
        return value + text.slice(from, i);
      }
      if (c === BACKSLASH) {
        const escaped = ESCAPES[text[i + 1]!];
        if (escaped === undefined || i + 1 >= end) giveUp();
        value += text.slice(from, i) + escaped;
        from = ++i + 1;
      }
    }
  }

  /** A collection in brackets closed on its line: its value and the position after it. */
  private flow(p: number, depth: number): unknown {
    if (depth >= this.maxDepth) giveUp();
    const text = this.text;
    const end = this.lineEnd;
    const isMap = text.charCodeAt(p) === OPEN_CURLY;
    const close = isMap ? CLOSE_CURLY : CLOSE_SQUARE;
    const collection: Record<string, unknown> | unknown[] = isMap ? {} : [];
    if (++this.flowTotal > this.limits.total) giveUp();
    let commas = 0;
    let q = this.skipSpaces(p + 1);
    if (text.charCodeAt(q) === close) {
      this.after = q + 1;
      return collection;
    }
    for (;;) {
      let key = '';
      if (isMap) {
        key = this.keyAt(q, collection as Record<string, unknown>, commas === 0);
        q = this.after;
        // A key, a colon, a space: `{a:1}` and `{a}` are left to the other readers.
        if (text.charCodeAt(q) !== COLON || text.charCodeAt(q + 1) !== SPACE) giveUp();
        q = this.skipSpaces(q + 1);
        this.path.push(key);
      } else this.path.push((collection as unknown[]).length);
      const value = this.flowValue(q, depth);
      q = this.after;
      this.path.pop();
      if (isMap) (collection as Record<string, unknown>)[key] = value;
      else (collection as unknown[]).push(value);
      q = this.skipSpaces(q);
      const c = q < end ? text.charCodeAt(q) : -1;
      if (c === close) {
        this.after = q + 1;
        return collection;
      }
      if (c !== COMMA) giveUp();
      if (++commas >= this.limits.items || ++this.flowTotal > this.limits.total) giveUp();
      q = this.skipSpaces(q + 1);
      // `[a, ]` and `[a, , b]`.
      const next = text.charCodeAt(q);
      if (q >= end || next === close || next === COMMA) giveUp();
    }
  }

  private flowValue(q: number, depth: number): unknown {
    const text = this.text;
    const end = this.lineEnd;
    const c = text.charCodeAt(q);
    if (c === DQUOTE || c === SQUOTE) return this.quoted(q, end);
    if (c === OPEN_SQUARE || c === OPEN_CURLY) return this.flow(q, depth + 1);
    if (q >= end || !isPlainStart(text, q, end)) giveUp();
    // The scalar runs up to a character of FLOW_STOP. A loop, not a regular expression: most
    // values in brackets are a few characters long, and a plan has hundreds of thousands.
    let stop = q;
    let quoted = false;
    for (; stop < end; stop++) {
      const c = text.charCodeAt(stop);
      if (c < 128 && FLOW_STOP[c] === 1) break;
      if (c === SQUOTE || c === DQUOTE) quoted = true;
    }
    // A colon or `#` inside brackets, brackets in a plain scalar, or the line's end: left to the other readers.
    const s = text.charCodeAt(stop);
    if (stop >= end || (s !== COMMA && s !== CLOSE_SQUARE && s !== CLOSE_CURLY)) giveUp();
    let last = stop;
    while (text.charCodeAt(last - 1) === SPACE) last--;
    this.after = stop;
    const raw = text.slice(q, last);
    // Brackets end the scalar, so only a quote can make the scan for bracket bombs misread it.
    if (quoted && SCAN_MISREADS.test(raw)) giveUp();
    return this.plain(raw);
  }

  /**
   * `|` or `>` text in the lines below, more indented than the collection around it (`indent`).
   * Afterwards the reader stands on the first line after it.
   */
  private blockScalar(p: number, parentIndent: number): string {
    const text = this.text;
    const folded = text.charCodeAt(p) === 62;
    let q = p + 1;
    let strip = false;
    if (text.charCodeAt(q) === DASH) {
      strip = true;
      q++;
    }
    // `|+`, `|2` and anything else in the header are left to the other readers.
    if (q < this.lineEnd && text.charCodeAt(q) !== SPACE) giveUp();
    this.endOfLine(q);
    const lines: string[] = [];
    let blanks = 0; // blank lines since the last line of text
    let indent = -1;
    let pos = text.indexOf('\n', this.lineEnd);
    if (pos === -1) giveUp();
    pos++;
    for (;;) {
      if (pos >= text.length) {
        this.done = true;
        break;
      }
      const nl = text.indexOf('\n', pos);
      // The last line of the file without a line break: chomping would differ.
      if (nl === -1) giveUp();
      const lineEnd = text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      let s = pos;
      while (s < lineEnd && text.charCodeAt(s) === SPACE) s++;
      const spaces = s - pos;
      if (s === lineEnd) {
        // A blank line: before the first line of text, or with spaces beyond the text's indentation.
        if (indent === -1 || spaces > indent) giveUp();
        blanks++;
      } else {
        if (indent === -1) {
          if (spaces <= parentIndent) giveUp(); // empty text
          indent = spaces;
        }
        if (spaces < indent) {
          this.seek(pos);
          break;
        }
        const line = text.slice(pos + indent, lineEnd);
        // Text to YAML, blank to the scan for bracket bombs, which would then misjudge where the text ends.
        if (ONLY_WHITE_SPACE.test(line)) giveUp();
        if (folded && (spaces > indent || line.charCodeAt(line.length - 1) === SPACE)) giveUp();
        if (lines.length) lines.push(folded && blanks === 0 ? ' ' : '\n'.repeat(folded ? blanks : blanks + 1));
        lines.push(line);
        blanks = 0;
      }
      pos = nl + 1;
    }
    if (lines.length === 0) giveUp();
    const value = lines.join('');
    return strip ? value : `${value}\n`;
  }
}

const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', ' ': ' ' };
