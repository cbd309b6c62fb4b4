import { similarity } from './words.js';

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
  /** Texts at least this similar (Dice on words, 0..1) are the same item renumbered or moved. */
  threshold: number;
  /** Same id: still the same item down to this similarity, so a heavy rewording keeps its id. */
  idThreshold: number;
}

export const DEFAULT_THRESHOLD = 0.5;

/**
 * Pairs the items of two editions: by id first (when the texts are not unrelated),
 * then the rest by text similarity, best pairs first, then same ids left over.
 * Candidates come from an index of rare words, so unrelated items are never compared
 * and the work stays well within quadratic in the number of unmatched items.
 */
export function matchItems(olds: readonly Matchable[], news: readonly Matchable[], opts: MatchOptions): Match[] {
  const matches: Match[] = [];
  const oldTaken = new Set<number>();
  const newTaken = new Set<number>();
  const newById = new Map<string, number>();
  news.forEach((n, i) => newById.set(n.id, i));
  const deferred: Array<[number, number, number]> = [];
  olds.forEach((o, i) => {
    const j = newById.get(o.id);
    if (j === undefined) return;
    const sim = similarity(o.words, news[j]!.words);
    if (sim >= opts.idThreshold) {
      matches.push({ oldIndex: i, newIndex: j, by: 'id', similarity: sim });
      oldTaken.add(i);
      newTaken.add(j);
    } else deferred.push([i, j, sim]);
  });
  for (const m of matchBySimilarity(olds, news, oldTaken, newTaken, opts.threshold)) {
    matches.push(m);
    oldTaken.add(m.oldIndex);
    newTaken.add(m.newIndex);
  }
  for (const [i, j, sim] of deferred) {
    if (!oldTaken.has(i) && !newTaken.has(j)) matches.push({ oldIndex: i, newIndex: j, by: 'id', similarity: sim });
  }
  return matches.sort((a, b) => a.newIndex - b.newIndex);
}

function matchBySimilarity(olds: readonly Matchable[], news: readonly Matchable[], oldTaken: ReadonlySet<number>, newTaken: ReadonlySet<number>, threshold: number): Match[] {
  const freeOld = olds.map((_, i) => i).filter((i) => !oldTaken.has(i));
  const freeNew = news.map((_, i) => i).filter((i) => !newTaken.has(i));
  if (!freeOld.length || !freeNew.length) return [];
  // Index the new items' words; very common words say nothing about identity.
  const postings = new Map<string, number[]>();
  for (const j of freeNew) {
    for (const w of new Set(news[j]!.words)) {
      const list = postings.get(w);
      if (list) list.push(j);
      else postings.set(w, [j]);
    }
  }
  const common = Math.max(8, Math.ceil(freeNew.length * 0.2));
  const candidates: Match[] = [];
  for (const i of freeOld) {
    const seen = new Set<number>();
    for (const w of new Set(olds[i]!.words)) {
      const list = postings.get(w);
      if (!list || list.length > common) continue;
      for (const j of list) seen.add(j);
    }
    for (const j of seen) {
      const sim = similarity(olds[i]!.words, news[j]!.words);
      if (sim >= threshold) candidates.push({ oldIndex: i, newIndex: j, by: 'text', similarity: sim });
    }
  }
  candidates.sort((a, b) => b.similarity - a.similarity || a.oldIndex - b.oldIndex || a.newIndex - b.newIndex);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const out: Match[] = [];
  for (const c of candidates) {
    if (usedOld.has(c.oldIndex) || usedNew.has(c.newIndex)) continue;
    usedOld.add(c.oldIndex);
    usedNew.add(c.newIndex);
    out.push(c);
  }
  return out;
}
