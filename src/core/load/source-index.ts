import type { Node } from 'yaml';
import { pointerSegment } from '../model/pointer.js';
import type { Span } from '../rules/finding.js';
import { eemeliYaml } from './eemeli.js';
import { type Entry, type Range, rangesFromEvents } from './event-ranges.js';

/**
 * Maps JSON pointers of a file's data back to where they stand in the YAML text,
 * so schema and rule findings point at the user's line and column. Built on first use
 * from a fresh parse of the text: a valid file never pays for it, and the syntax tree of
 * a large plan is not kept in memory meanwhile.
 */
export class SourceIndex {
  #entries: Map<string, Entry> | undefined;
  #lineStarts: number[] | undefined;
  #root: Node | null | undefined;

  /**
   * `eventsDepth`, for a file read by the fast parser (with that nesting limit): its ranges come
   * from js-yaml's events; otherwise from eemeli/yaml's tree, kept from the first parse for a small file.
   */
  constructor(
    readonly text: string,
    readonly eventsDepth?: number,
  ) {}

  /** Keeps the tree of a small file, to be indexed without parsing it again. */
  keep(root: Node | null): void {
    this.#root = root;
  }

  /** Line/column span of a character range. */
  span(start: number, end?: number): Span {
    const a = this.#position(start);
    const s: Span = { line: a.line, column: a.column };
    if (end !== undefined && end > start) {
      const b = this.#position(end);
      s.endLine = b.line;
      s.endColumn = b.column;
    }
    return s;
  }

  #position(offset: number): { line: number; column: number } {
    if (!this.#lineStarts) {
      this.#lineStarts = [0];
      for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) this.#lineStarts.push(i + 1);
    }
    const starts = this.#lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }

  /** Where the value (or its key, for unknown or misnamed fields) at a pointer is; the nearest existing parent otherwise. */
  locate(pointer: string, part: 'value' | 'key' = 'value'): Span {
    const entries = this.#build();
    for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
      const e = entries.get(p);
      if (e) {
        const r = (part === 'key' && p === pointer && e.key) || e.value;
        return this.span(r[0], lineEndOf(this.text, r[0], r[1]));
      }
      if (p === '') return { line: 1, column: 1 };
    }
  }

  #build(): Map<string, Entry> {
    if (this.#entries) return this.#entries;
    // Only called for files that passed the YAML stage, so this parse succeeds as the first did.
    if (this.#root === undefined && this.eventsDepth !== undefined)
      this.#entries = rangesFromEvents(this.text, this.eventsDepth);
    else {
      const root =
        this.#root !== undefined
          ? this.#root
          : eemeliYaml().parseDocument(this.text, { version: '1.2', schema: 'core', uniqueKeys: false, merge: false })
              .contents;
      this.#entries = rangesFromTree(root);
    }
    this.#root = undefined;
    return this.#entries;
  }
}

/** The ranges of every node of eemeli/yaml's syntax tree, by JSON pointer. */
export function rangesFromTree(root: Node | null): Map<string, Entry> {
  const { isAlias, isMap, isScalar, isSeq } = eemeliYaml();
  const entries = new Map<string, Entry>();
  const stack: Array<{ node: unknown; pointer: string; key?: Range }> = [{ node: root, pointer: '' }];
  while (stack.length) {
    const { node, pointer, key } = stack.pop()!;
    const n = node as Node | null;
    if (!n?.range) continue;
    entries.set(pointer, key ? { value: [n.range[0], n.range[1]], key } : { value: [n.range[0], n.range[1]] });
    if (isAlias(n) || isScalar(n)) continue;
    if (isMap(n)) {
      for (const pair of n.items) {
        const k = pair.key as Node | null;
        if (!isScalar(k) || !k.range) continue;
        const keyRange: Range = [k.range[0], k.range[1]];
        const child = `${pointer}/${pointerSegment(String(k.value))}`;
        if (pair.value) stack.push({ node: pair.value, pointer: child, key: keyRange });
        else entries.set(child, { value: keyRange, key: keyRange });
      }
    } else if (isSeq(n)) {
      for (const [i, item] of n.items.entries()) stack.push({ node: item, pointer: `${pointer}/${i}` });
    }
  }
  return entries;
}

/** Clip a range to its first line, so a caret underlines one line of a block. */
function lineEndOf(text: string, start: number, end: number): number {
  const nl = text.indexOf('\n', start);
  return nl === -1 || nl > end ? end : nl;
}
