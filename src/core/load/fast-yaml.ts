import {
  COLLECTION_STYLE,
  EVENT_ID,
  type Event,
  getScalarValue,
  parseEvents,
  SCALAR_STYLE,
  type ScalarEvent,
} from 'js-yaml';
import { pointerSegment } from '../model/pointer.js';
import { INTEGER, keyName, MAX_KEY_CHARS, resolvePlain } from './core-schema.js';

/** Plain data read by the fast parser, with the numbers whose text YAML changed (`1.10`), by JSON pointer. */
export interface FastYaml {
  data: Record<string, unknown>;
  changedNumbers: Map<string, string>;
}

/**
 * An open mapping (its latest key, whether a key comes next, and for a block mapping the column
 * of its first key, -1 before it) or list.
 */
type Frame =
  | { map: Record<string, unknown>; key: string; expectKey: boolean; column: number }
  | { seq: unknown[]; map?: undefined };

class GiveUp extends Error {}
const giveUp = (): never => {
  throw new GiveUp();
};

/**
 * Phase 1 of reading YAML: js-yaml's strict event parser and a small constructor that builds
 * plain data as eemeli/yaml's core schema would. It reads only what is beyond doubt and gives up
 * (undefined) on anything else: any tag, anchor, alias or directive; `...` or a second document;
 * null, collection, multi-line or very long keys; `__proto__`; duplicate keys; a root that is not
 * a mapping; an empty file; a syntax error; nesting near `maxDepth`; whole numbers beyond 2^53.
 * Then the positional parser (yaml.ts) reads the file and says what is wrong, where.
 */
export function parseFast(text: string, maxDepth: number): FastYaml | undefined {
  if (hasDocumentMarkers(text) || hasTabIndent(text)) return undefined;
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: maxDepth + 1 });
  } catch {
    return undefined;
  }
  try {
    return construct(text, events, maxDepth);
  } catch (err) {
    if (err instanceof GiveUp) return undefined;
    throw err;
  }
}

function construct(text: string, events: Event[], maxDepth: number): FastYaml | undefined {
  const changedNumbers = new Map<string, string>();
  const stack: Frame[] = [];
  let root: Record<string, unknown> | undefined;
  let documents = 0;
  const add = (value: unknown) => {
    const top = stack[stack.length - 1]!;
    if (top.map) {
      top.map[top.key] = value;
      top.expectKey = true;
    } else top.seq.push(value);
  };
  for (const e of events) {
    switch (e.type) {
      case EVENT_ID.DOCUMENT:
        if (++documents > 1 || e.explicitEnd || e.directives.length) giveUp();
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        if (e.anchorStart !== -1 || e.tagStart !== -1 || stack.length + 1 >= maxDepth) giveUp();
        const top = stack[stack.length - 1];
        const column = e.style === COLLECTION_STYLE.BLOCK ? -1 : FLOW;
        if (!top) {
          if (root || e.type !== EVENT_ID.MAPPING) giveUp();
          root = {};
          stack.push({ map: root, key: '', expectKey: true, column });
          break;
        }
        if (top.map && top.expectKey) giveUp(); // a list or mapping as a key
        const frame: Frame = e.type === EVENT_ID.MAPPING ? { map: {}, key: '', expectKey: true, column } : { seq: [] };
        add(frame.map ?? frame.seq);
        stack.push(frame);
        break;
      }
      case EVENT_ID.SCALAR: {
        if (e.anchorStart !== -1 || e.tagStart !== -1 || stack.length + 1 >= maxDepth) giveUp();
        const top = stack[stack.length - 1] ?? giveUp();
        if (top.map && top.expectKey) {
          if (top.column !== FLOW) top.column = blockKeyColumn(text, e, top.column);
          top.key = keyOf(text, e, top.map);
          top.expectKey = false;
          break;
        }
        const value = scalarValue(text, e);
        if (typeof value === 'number') {
          const written = text.slice(e.valueStart, e.valueEnd).trim();
          if (Number.isInteger(value) && !Number.isSafeInteger(value) && INTEGER.test(written)) giveUp();
          if (written !== String(value)) changedNumbers.set(pointerOf(stack), written);
        }
        add(value);
        break;
      }
      case EVENT_ID.POP:
        stack.pop();
        break;
      default:
        giveUp(); // an alias
    }
  }
  return root ? { data: root, changedNumbers } : undefined;
}

/**
 * A tab in a line's leading white space: js-yaml 5.5.0 accepts a line of a tab after a block
 * scalar, which eemeli/yaml refuses (found by the differential test); tabs never indent YAML.
 */
function hasTabIndent(text: string): boolean {
  for (let i = text.indexOf('\t'); i !== -1; i = text.indexOf('\t', i + 1)) {
    let j = i - 1;
    while (j >= 0 && text[j] === ' ') j--;
    if (j < 0 || text[j] === '\n') return true;
  }
  return false;
}

/**
 * A `...` line, or a `---` line that is not the first thing in the file but for comments: the
 * parsers count documents differently around them (js-yaml skips an empty one before `...`).
 */
function hasDocumentMarkers(text: string): boolean {
  const marker = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;
  const first = marker.exec(text);
  if (!first) return false;
  if (first[0] === '...' || !/^(?:[ \t]*(?:#.*)?\r?\n)*$/.test(text.slice(0, first.index))) return true;
  return marker.exec(text) !== null;
}

/** A key as eemeli/yaml turns it into a property name, or a give-up for anything doubtful. */
function keyOf(text: string, e: ScalarEvent, map: Record<string, unknown>): string {
  if (e.valueEnd - e.valueStart > MAX_KEY_CHARS) giveUp();
  if (e.style === SCALAR_STYLE.LITERAL_BLOCK || e.style === SCALAR_STYLE.FOLDED_BLOCK) giveUp();
  const raw = text.slice(e.valueStart, e.valueEnd);
  if (raw.includes('\n') || raw.includes('\r')) giveUp();
  const key = keyName(scalarValue(text, e), raw.trim()) ?? giveUp();
  if (key === '__proto__' || Object.hasOwn(map, key)) giveUp();
  return key;
}

/**
 * The column of a key of a block mapping. Every key but the first must begin its line, in the
 * column of the first: js-yaml 5.5.0 reads `a:\n- "x" y: 1` as `{a: [x], y: 1}`, which is invalid.
 */
function blockKeyColumn(text: string, e: ScalarEvent, first: number): number {
  const start = e.style === SCALAR_STYLE.PLAIN ? e.valueStart : e.valueStart - 1;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (first === -1) return start - lineStart;
  for (let i = lineStart; i < start; i++) if (text.charCodeAt(i) !== 32) giveUp();
  if (start - lineStart !== first) giveUp();
  return first;
}

function scalarValue(text: string, e: ScalarEvent): unknown {
  if (e.style === SCALAR_STYLE.SINGLE_QUOTED || e.style === SCALAR_STYLE.DOUBLE_QUOTED) {
    // The quotes around the value, and after them a space, a line end or an indicator.
    const quote = e.style === SCALAR_STYLE.SINGLE_QUOTED ? "'" : '"';
    if (text[e.valueStart - 1] !== quote || text[e.valueEnd] !== quote) giveUp();
    if (!AFTER_QUOTE.test(text[e.valueEnd + 1] ?? ' ')) giveUp();
  }
  if (e.style === SCALAR_STYLE.DOUBLE_QUOTED && !e.fast && ESCAPED_BREAK.test(text.slice(e.valueStart, e.valueEnd)))
    giveUp();
  if (e.style !== SCALAR_STYLE.PLAIN) return getScalarValue(text, e);
  return resolvePlain(e.fast ? text.slice(e.valueStart, e.valueEnd) : getScalarValue(text, e));
}

const AFTER_QUOTE = /[ \t\r\n:,\]}]/;
/** Marks a mapping in brackets, whose keys need not begin a line. */
const FLOW = -2;
// A line break escaped in double quotes followed by a blank line: js-yaml 5.5.0 and eemeli/yaml
// read it differently ("a\\\n  \n  b" is "ab" in one, "a b" in the other).
const ESCAPED_BREAK = /\\[\r\n]/;

/** The JSON pointer of the value about to be added to the collection on top of the stack. */
function pointerOf(stack: readonly Frame[]): string {
  let pointer = '';
  const top = stack.length - 1;
  for (const [i, f] of stack.entries())
    pointer += `/${f.map ? pointerSegment(f.key) : i === top ? f.seq.length : f.seq.length - 1}`;
  return pointer;
}
