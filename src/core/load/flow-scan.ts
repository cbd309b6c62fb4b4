/** Limits on flow collections ([ ] and { }), checked before the YAML parser runs. */
export interface FlowLimits {
  /** Deepest nesting of brackets. */
  depth: number;
  /** Most items in one collection. */
  items: number;
  /** Most items in all the collections of the file together. */
  total: number;
}

export type FlowProblem = { kind: 'depth' | 'items' | 'total'; offset: number };

/**
 * The first place where flow collections break a limit, or undefined. Runs before the YAML
 * parser because a few thousand nested brackets make the parser's regular expressions exhaust
 * memory and kill the process outright, and a million items in brackets take it 20 seconds and
 * gigabytes. A light scanner: it knows quotes, comments and block scalars (`|`, `>`), which is
 * enough for that guard; an item is counted at each comma, a collection at its bracket.
 */
export function flowProblem(text: string, limits: FlowLimits): FlowProblem | undefined {
  const opened: number[] = []; // offset of each open collection
  const commas: number[] = []; // commas seen in each
  let total = 0;
  let valueStart = true; // at a position where a flow collection or quoted scalar may begin
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      valueStart = true;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') continue;
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      const nl = text.indexOf('\n', i);
      if (nl === -1) break;
      i = nl - 1;
      continue;
    }
    const depth = opened.length;
    if ((c === '"' || c === "'") && valueStart) {
      i = endOfQuoted(text, i);
      valueStart = false;
      continue;
    }
    if ((c === '|' || c === '>') && valueStart && depth === 0) {
      const next = afterBlockScalar(text, i);
      if (next !== -1) {
        i = next - 1; // the loop moves on to the first line after the scalar
        continue;
      }
    }
    if ((c === '[' || c === '{') && (valueStart || depth > 0)) {
      if (depth + 1 > limits.depth) return { kind: 'depth', offset: i };
      if (++total > limits.total) return { kind: 'total', offset: i };
      opened.push(i);
      commas.push(0);
      valueStart = true;
      continue;
    }
    if ((c === ']' || c === '}') && depth > 0) {
      opened.pop();
      commas.pop();
    } else if (c === ',' && depth > 0) {
      if (++commas[depth - 1]! >= limits.items) return { kind: 'items', offset: opened[depth - 1]! };
      if (++total > limits.total) return { kind: 'total', offset: i };
    }
    valueStart =
      c === ',' || c === '?' || ((c === ':' || c === '-') && /\s/.test(text[i + 1] ?? ' ')) || (c === ':' && depth > 0);
    if (!valueStart && !SIGNIFICANT.has(c!)) {
      // Up to the next character that can matter, only text and spaces follow: after text,
      // neither changes anything. A regular expression skips them many times faster than this loop.
      NEXT.lastIndex = i + 1;
      i = (NEXT.exec(text)?.index ?? text.length) - 1;
    }
  }
  return undefined;
}

// The characters the loop above reacts to, other than spaces.
const SIGNIFICANT = new Set('\n#"\'|>[]{},:?-');
const NEXT = /[\n#"'|>[\]{},:?-]/g;

function endOfQuoted(text: string, start: number): number {
  const q = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (q === '"' && text[i] === '\\') i++;
    else if (text[i] === q) {
      if (q === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return text.length;
}

/**
 * Where the text after a block scalar (`key: |` and its more indented lines) starts, or -1 when
 * `|` or `>` at `at` does not start one. Its lines are text: brackets and quotes in them mean nothing.
 */
function afterBlockScalar(text: string, at: number): number {
  const eol = lineEnd(text, at);
  const header = /^[|>]([1-9]?)[+-]?([1-9]?)[ \t]*(#.*)?\r?$/.exec(text.slice(at, eol));
  if (!header) return -1;
  // The indentation the scalar's lines must exceed: that of the key, or of the `- ` before the scalar.
  const start = text.lastIndexOf('\n', at - 1) + 1;
  let p = start;
  let parent = 0;
  while (text[p] === ' ') p++;
  parent = p - start;
  while (text[p] === '-' && (text[p + 1] === ' ' || text[p + 1] === '\t')) {
    parent = p - start;
    p++;
    while (text[p] === ' ' || text[p] === '\t') p++;
  }
  if (p !== at) parent = p - start;
  const explicit = Number(header[1] || header[2] || 0);
  let indent = explicit ? parent + explicit : 0; // 0: set by the first line with text
  let line = eol + 1;
  while (line < text.length) {
    const end = lineEnd(text, line);
    let q = line;
    while (text[q] === ' ') q++;
    const blank = q >= end || /^\s*$/.test(text.slice(q, end));
    if (!blank) {
      if (!indent) indent = q - line;
      if (q - line <= parent || q - line < indent) break;
    }
    line = end + 1;
  }
  return Math.min(line, text.length);
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl === -1 ? text.length : nl;
}
