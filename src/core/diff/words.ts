/** Text as compared: typographic quotes, dashes and spacing do not count as rewording. */
export function normalizeText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower-case words of a text, for similarity. */
export function wordsOf(s: string): string[] {
  return (
    normalizeText(s)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

export interface WordOp {
  op: '=' | '-' | '+';
  text: string;
}

/** Word-level diff of two texts (longest common subsequence on words, whitespace kept). */
export function wordDiff(oldText: string, newText: string): WordOp[] {
  const a = normalizeText(oldText).split(' ');
  const b = normalizeText(newText).split(' ');
  // Trim the common head and tail: most rewordings touch a few words.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const mid = lcsOps(a.slice(head, a.length - tail), b.slice(head, b.length - tail));
  const ops: WordOp[] = [
    ...a.slice(0, head).map((text) => ({ op: '=' as const, text })),
    ...mid,
    ...a.slice(a.length - tail).map((text) => ({ op: '=' as const, text })),
  ];
  return merge(ops);
}

function lcsOps(a: readonly string[], b: readonly string[]): WordOp[] {
  // Texts of an action are short; beyond this size a plain replace is clearer than a diff.
  if (a.length * b.length > 250_000)
    return [...a.map((text) => ({ op: '-' as const, text })), ...b.map((text) => ({ op: '+' as const, text }))];
  const dp: Uint32Array[] = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
    }
  }
  const ops: WordOp[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      ops.push({ op: '=', text: a[i]! });
      i++;
      j++;
    } else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) ops.push({ op: '-', text: a[i++]! });
    else ops.push({ op: '+', text: b[j++]! });
  }
  while (i < a.length) ops.push({ op: '-', text: a[i++]! });
  while (j < b.length) ops.push({ op: '+', text: b[j++]! });
  return ops;
}

/** Runs of the same operation joined into one, with their spaces. */
function merge(ops: readonly WordOp[]): WordOp[] {
  const out: WordOp[] = [];
  for (const o of ops) {
    const last = out[out.length - 1];
    if (last && last.op === o.op) last.text += ` ${o.text}`;
    else out.push({ ...o });
  }
  return out.filter((o) => o.text !== '');
}
