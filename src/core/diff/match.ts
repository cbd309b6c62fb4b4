export interface Matchable {
  id: string;
  words: readonly string[];
}

export interface Match {
  oldIndex: number;
  newIndex: number;
  by: 'id' | 'text';
  similarity: number;
}

export interface MatchOptions {
  /** Texts at least this similar (0..1) are the same item, renumbered or moved. */
  threshold: number;
  /** Same id: still the same item down to this similarity, so a heavy rewording keeps its id. */
  idThreshold: number;
}

export const DEFAULT_THRESHOLD = 0.5;
/** A shared id counts for this much similarity when pairs compete. */
const ID_BONUS = 0.15;

/**
 * Pairs the items of two editions. Identical texts pair first; then candidate pairs
 * compete by similarity, a shared id adding a bonus, so an item keeps its id's partner
 * unless another text clearly fits better (a goal whose first action was dropped shifts
 * its ids: old 10.b is new 10.a). Items with the same id left over pair last, however
 * reworded. Candidates come from an index of the rarer words: unrelated items are never
 * compared, so the work stays within quadratic in the number of items.
 */
export function matchItems(olds: readonly Matchable[], news: readonly Matchable[], opts: MatchOptions): Match[] {
  const weights = wordWeights(olds, news);
  // Each text's word counts and total weight, computed once: pairs are compared many times.
  const profiles = new Map<readonly string[], Profile>();
  const profile = (words: readonly string[]) => {
    let p = profiles.get(words);
    if (!p) {
      p = profileOf(words, weights);
      profiles.set(words, p);
    }
    return p;
  };
  const sim = (a: readonly string[], b: readonly string[]) => profileSimilarity(profile(a), profile(b));
  const matches: Match[] = [];
  const oldTaken = new Set<number>();
  const newTaken = new Set<number>();
  const take = (m: Match) => {
    matches.push(m);
    oldTaken.add(m.oldIndex);
    newTaken.add(m.newIndex);
  };
  for (const m of identicalTexts(olds, news)) take(m);

  const newById = new Map<string, number>();
  news.forEach((n, i) => {
    if (!newTaken.has(i) && !newById.has(n.id)) newById.set(n.id, i);
  });
  const candidates: Array<Match & { score: number }> = [];
  const sameId = new Set<string>();
  olds.forEach((o, i) => {
    const j = newById.get(o.id);
    if (oldTaken.has(i) || j === undefined) return;
    const s = sim(o.words, news[j]!.words);
    sameId.add(`${i}:${j}`);
    if (s >= opts.idThreshold)
      candidates.push({ oldIndex: i, newIndex: j, by: 'id', similarity: s, score: s + ID_BONUS });
  });
  for (const [i, j] of sharedRareWords(olds, news, oldTaken, newTaken)) {
    if (sameId.has(`${i}:${j}`)) continue;
    const s = sim(olds[i]!.words, news[j]!.words);
    if (s >= opts.threshold) candidates.push({ oldIndex: i, newIndex: j, by: 'text', similarity: s, score: s });
  }
  candidates.sort((a, b) => b.score - a.score || a.oldIndex - b.oldIndex || a.newIndex - b.newIndex);
  for (const c of candidates) {
    if (oldTaken.has(c.oldIndex) || newTaken.has(c.newIndex)) continue;
    take({ oldIndex: c.oldIndex, newIndex: c.newIndex, by: c.by, similarity: c.similarity });
  }
  olds.forEach((o, i) => {
    const j = newById.get(o.id);
    if (j !== undefined && !oldTaken.has(i) && !newTaken.has(j))
      take({ oldIndex: i, newIndex: j, by: 'id', similarity: sim(o.words, news[j]!.words) });
  });
  return matches.sort((a, b) => a.newIndex - b.newIndex);
}

/** Unchanged texts pair at once: by the same id where a text occurs several times, else in order. */
function identicalTexts(olds: readonly Matchable[], news: readonly Matchable[]): Match[] {
  const key = (m: Matchable) => m.words.join(' ');
  const byText = new Map<string, number[]>();
  olds.forEach((o, i) => {
    if (!o.words.length) return;
    const list = byText.get(key(o));
    if (list) list.push(i);
    else byText.set(key(o), [i]);
  });
  const out: Match[] = [];
  const pending: number[] = [];
  news.forEach((n, j) => {
    const list = byText.get(key(n));
    if (!list?.length) return;
    const k = list.findIndex((i) => olds[i]!.id === n.id);
    if (k === -1) {
      pending.push(j);
      return;
    }
    out.push({ oldIndex: list[k]!, newIndex: j, by: 'id', similarity: 1 });
    list.splice(k, 1);
  });
  for (const j of pending) {
    const list = byText.get(key(news[j]!))!;
    const i = list.shift();
    if (i !== undefined)
      out.push({ oldIndex: i, newIndex: j, by: olds[i]!.id === news[j]!.id ? 'id' : 'text', similarity: 1 });
  }
  return out;
}

/** Pairs of free items that share at least one word that is not common to many items. */
function sharedRareWords(
  olds: readonly Matchable[],
  news: readonly Matchable[],
  oldTaken: ReadonlySet<number>,
  newTaken: ReadonlySet<number>,
): Array<[number, number]> {
  const postings = new Map<string, number[]>();
  let free = 0;
  news.forEach((n, j) => {
    if (newTaken.has(j)) return;
    free++;
    for (const w of new Set(n.words)) {
      const list = postings.get(w);
      if (list) list.push(j);
      else postings.set(w, [j]);
    }
  });
  const common = Math.max(8, Math.ceil(free * 0.2));
  const pairs: Array<[number, number]> = [];
  olds.forEach((o, i) => {
    if (oldTaken.has(i)) return;
    const seen = new Set<number>();
    for (const w of new Set(o.words)) {
      const list = postings.get(w);
      if (!list || list.length > common) continue;
      for (const j of list) seen.add(j);
    }
    for (const j of seen) pairs.push([i, j]);
  });
  return pairs;
}

/** Rare words say more about identity than "the" or "of": weight = log(1 + items / items with the word). */
export function wordWeights(olds: readonly Matchable[], news: readonly Matchable[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const m of [...olds, ...news]) for (const w of new Set(m.words)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = olds.length + news.length;
  const weights = new Map<string, number>();
  for (const [w, d] of df) weights.set(w, Math.log(1 + n / d));
  return weights;
}

interface Profile {
  /** word -> its count in the text */
  counts: Map<string, number>;
  total: number;
  weights: ReadonlyMap<string, number>;
}

function profileOf(words: readonly string[], weights: ReadonlyMap<string, number>): Profile {
  const counts = new Map<string, number>();
  let total = 0;
  for (const w of words) {
    counts.set(w, (counts.get(w) ?? 0) + 1);
    total += weights.get(w) ?? 1;
  }
  return { counts, total, weights };
}

/** The same value as weightedSimilarity, from profiles: no allocation per pair. */
function profileSimilarity(a: Profile, b: Profile): number {
  if (!a.counts.size && !b.counts.size) return 1;
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let common = 0;
  for (const [w, c] of small.counts) {
    const d = large.counts.get(w);
    if (d) common += Math.min(c, d) * (a.weights.get(w) ?? 1);
  }
  return a.total + b.total ? (2 * common) / (a.total + b.total) : 0;
}

/** Weighted Dice coefficient of two word multisets: 1 for the same words, 0 for none in common. */
export function weightedSimilarity(
  a: readonly string[],
  b: readonly string[],
  weights: ReadonlyMap<string, number>,
): number {
  if (!a.length && !b.length) return 1;
  const w = (x: string) => weights.get(x) ?? 1;
  const counts = new Map<string, number>();
  let total = 0;
  for (const x of a) {
    counts.set(x, (counts.get(x) ?? 0) + 1);
    total += w(x);
  }
  let common = 0;
  for (const x of b) {
    total += w(x);
    const c = counts.get(x);
    if (c) {
      common += w(x);
      counts.set(x, c - 1);
    }
  }
  return total ? (2 * common) / total : 0;
}
