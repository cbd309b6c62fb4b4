import { COLLECTION_STYLE, EVENT_ID, getScalarValue, parseEvents, SCALAR_STYLE, type ScalarEvent } from 'js-yaml';
import { pointerSegment } from '../model/pointer.js';
import { resolvePlain } from './core-schema.js';

export type Range = readonly [number, number];
/** Where a node stands: its value, and for a mapping's value the key that names it. */
export interface Entry {
  value: Range;
  key?: Range;
}

/** An open collection while walking the events. */
interface Open {
  pointer: string;
  start: number;
  /** In brackets, in block style, or a single pair in a flow list (`[a: b]`), which has neither. */
  shape: 'brackets' | 'block' | 'pair';
  map: boolean;
  /** The key of this collection in its parent. */
  key: Range | undefined;
  /** The latest key read, awaiting its value (mappings). */
  pendingKey: { name: string; range: Range } | undefined;
  items: number;
  /** Where the last child's value ended. */
  end: number;
  /** Where the last child's node ended, as eemeli/yaml counts it: with the rest of its line, unless empty. */
  tail: number;
}

/**
 * The ranges of every node of a file read by the fast parser (fast-yaml.ts), by JSON pointer,
 * as eemeli/yaml gives them: from js-yaml's events of a second parse, an eighth of the time and
 * memory of eemeli/yaml's syntax tree on a large plan. A file the fast parser accepted parses
 * again without error; the ranges are checked against eemeli/yaml's by a differential test.
 */
export function rangesFromEvents(text: string, maxDepth: number): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const stack: Open[] = [];
  const place = (): { pointer: string; key: Range | undefined } => {
    const parent = stack[stack.length - 1];
    if (!parent) return { pointer: '', key: undefined };
    if (parent.map) {
      const k = parent.pendingKey!;
      parent.pendingKey = undefined;
      return { pointer: `${parent.pointer}/${pointerSegment(k.name)}`, key: k.range };
    }
    return { pointer: `${parent.pointer}/${parent.items++}`, key: undefined };
  };
  const set = (pointer: string, value: Range, key: Range | undefined, tail: number) => {
    entries.set(pointer, key ? { value, key } : { value });
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.end = value[1];
      parent.tail = tail;
    }
  };
  for (const e of parseEvents(text, { maxDepth: maxDepth + 1 })) {
    switch (e.type) {
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const { pointer, key } = place();
        const shape =
          e.style !== COLLECTION_STYLE.FLOW
            ? 'block'
            : text[e.start] === '{' || text[e.start] === '['
              ? 'brackets'
              : 'pair';
        stack.push({
          pointer,
          start: e.start,
          shape,
          map: e.type === EVENT_ID.MAPPING,
          key,
          pendingKey: undefined,
          items: 0,
          end: e.start + (shape === 'brackets' ? 1 : 0),
          tail: e.start,
        });
        break;
      }
      case EVENT_ID.SCALAR: {
        const parent = stack[stack.length - 1];
        const range = scalarRange(text, e, parent);
        if (parent?.map && !parent.pendingKey) {
          parent.pendingKey = { name: keyName(text, e), range };
          parent.end = range[1];
          break;
        }
        const { pointer, key } = place();
        if (range[0] === -1) {
          const empty = emptyValue(text, key, parent?.end ?? 0);
          // eemeli/yaml ends an empty node where it stands, or with the comment that follows it.
          set(pointer, empty, key, text[empty[1]] === '#' ? lineEnd(text, empty[1]) : empty[1]);
        } else set(pointer, range, key, isBlock(e) ? range[1] : lineEnd(text, range[1]));
        break;
      }
      case EVENT_ID.POP: {
        const open = stack.pop();
        if (!open) break;
        // A key without a value (`a:`) stands for itself.
        if (open.pendingKey)
          entries.set(`${open.pointer}/${pointerSegment(open.pendingKey.name)}`, {
            value: open.pendingKey.range,
            key: open.pendingKey.range,
          });
        const end =
          open.shape === 'brackets' ? closingBracket(text, open.end) : open.shape === 'block' ? open.tail : open.end;
        set(open.pointer, [open.start, end], open.key, open.shape === 'brackets' ? lineEnd(text, end) : open.tail);
        break;
      }
    }
  }
  return entries;
}

/**
 * Where eemeli/yaml places an empty value: just after the colon of its key (`a:`), at its key when
 * there is no colon (`{a, b}`), just after the dash of a list item.
 */
function emptyValue(text: string, key: Range | undefined, from: number): Range {
  let i = key ? key[1] : from;
  // After a key, its colon on the same line; after a list's previous item, the next dash.
  const skip = key ? /[ \t]/ : /[ \t\r\n]/;
  while (i < text.length && (skip.test(text[i]!) || (!key && text[i] === '#'))) {
    if (text[i] === '#') i = lineEnd(text, i) - 1;
    i++;
  }
  if (text[i] !== (key ? ':' : '-')) return key ?? [from, from];
  i++;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return [i, i];
}

/** A block scalar's value ends with its last line break already. */
const isBlock = (e: ScalarEvent) => e.style === SCALAR_STYLE.LITERAL_BLOCK || e.style === SCALAR_STYLE.FOLDED_BLOCK;

function keyName(text: string, e: ScalarEvent): string {
  if (e.style !== SCALAR_STYLE.PLAIN) return getScalarValue(text, e);
  return String(resolvePlain(e.fast ? text.slice(e.valueStart, e.valueEnd) : getScalarValue(text, e)));
}

/** A scalar's range with its quotes, or from its header (`|`, `>`) for a block scalar. */
function scalarRange(text: string, e: ScalarEvent, parent: Open | undefined): Range {
  switch (e.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return [e.valueStart - 1, e.valueEnd + 1];
    case SCALAR_STYLE.LITERAL_BLOCK:
    case SCALAR_STYLE.FOLDED_BLOCK:
      return [blockHeader(text, parent?.end ?? 0), e.valueEnd];
    default:
      // An empty plain scalar (`a:` then a line end) is placed where js-yaml places it.
      return [e.valueStart, e.valueEnd];
  }
}

/** The `|` or `>` that begins a block scalar: the first of them after what came before it. */
function blockHeader(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '|' || c === '>') return i;
    if (c === '#') i = Math.max(i, text.indexOf('\n', i) === -1 ? text.length : text.indexOf('\n', i));
  }
  return from;
}

/** A block collection ends with the line of its last child, line break included. */
function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl === -1 ? text.length : nl + 1;
}

/** Just after the `]` or `}` that closes a flow collection whose last child ended at `from`. */
function closingBracket(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === ']' || c === '}') return i + 1;
    if (c === '#') i = text.indexOf('\n', i) === -1 ? text.length : text.indexOf('\n', i);
  }
  return text.length;
}
