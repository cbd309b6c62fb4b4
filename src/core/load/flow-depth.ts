/**
 * Offset where flow collections ([ ] and { }) nest deeper than `limit`, or -1.
 * Runs before the YAML parser because a few thousand nested brackets make the
 * parser's regular expressions exhaust memory and kill the process outright.
 * A light scanner: it knows quotes and comments, which is enough for that guard.
 */
export function excessiveFlowDepth(text: string, limit: number): number {
  let depth = 0;
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
    if ((c === '"' || c === "'") && (valueStart || depth > 0)) {
      i = endOfQuoted(text, i);
      valueStart = false;
      continue;
    }
    if ((c === '[' || c === '{') && (valueStart || depth > 0)) {
      if (++depth > limit) return i;
      valueStart = true;
      continue;
    }
    if ((c === ']' || c === '}') && depth > 0) depth--;
    valueStart = c === ',' || c === '?' || ((c === ':' || c === '-') && /\s/.test(text[i + 1] ?? ' '));
  }
  return -1;
}

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
