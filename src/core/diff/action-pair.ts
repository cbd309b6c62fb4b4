import type { TextPicker } from '../model/text.js';
import type { Indicator, Plan } from '../model/types.generated.js';
import { type ActionPlace, idOf, pathOf } from '../model/walk.js';
import { type Match, matchItems } from './match.js';
import { placeOf, round } from './paths.js';
import type { ActionAspect, ActionChange, MainChange } from './types.js';
import { normalizeText, wordDiff, wordsOf } from './words.js';

export interface ActionSide {
  place: ActionPlace;
  text: string;
  plan: Plan;
  picker: TextPicker;
}

/** The changes between two matched actions, or undefined when nothing that matters changed. */
export function diffActionPair(
  o: ActionSide,
  n: ActionSide,
  m: Match,
  moved: boolean,
  threshold: number,
): ActionChange | undefined {
  const a = o.place.action;
  const b = n.place.action;
  const aspects: ActionAspect[] = [];
  const change: ActionChange = {
    level: 'action',
    kind: 'changed',
    main: 'modified',
    aspects,
    oldId: idOf(a.id),
    newId: idOf(b.id),
    oldPath: pathOf(o.place),
    newPath: pathOf(n.place),
    oldPlace: placeOf(o.place, o.picker),
    newPlace: placeOf(n.place, n.picker),
    objective: idOf(n.place.objective.id),
    match: { by: m.by, similarity: round(m.similarity) },
  };
  if (normalizeText(o.text) !== normalizeText(n.text)) {
    aspects.push('reworded');
    Object.assign(change, { oldText: o.text, newText: n.text, words: wordDiff(o.text, n.text) });
  } else change.newText = n.text;
  if (idOf(a.id) !== idOf(b.id)) aspects.push('renumbered');
  if (moved) aspects.push('moved');
  const added = b.actors.filter((x) => !a.actors.includes(x));
  const removed = a.actors.filter((x) => !b.actors.includes(x));
  if (added.length || removed.length) {
    aspects.push('actors');
    change.actors = { added, removed };
  }
  if ((a.lead ?? null) !== (b.lead ?? null)) {
    aspects.push('lead');
    change.lead = { old: a.lead ?? null, new: b.lead ?? null };
  }
  const ind = diffIndicators(a.indicators ?? [], b.indicators ?? [], o.picker, n.picker, threshold);
  if (ind) {
    aspects.push('indicators');
    change.indicators = ind;
  }
  const due = (x: typeof a.due) => (x === undefined ? null : String(x));
  if (due(a.due) !== due(b.due)) {
    aspects.push('due');
    change.due = { old: due(a.due), new: due(b.due) };
  }
  const money = (x: typeof a.budget) => (x ? `${x.amount} ${x.currency}` : null);
  if (money(a.budget) !== money(b.budget)) {
    aspects.push('budget');
    change.budget = { old: money(a.budget), new: money(b.budget) };
  }
  change.main = mainChange(aspects);
  return aspects.length ? change : undefined;
}

/**
 * The one change a matched action is counted under: a move first (its renumbering follows from it),
 * then a new wording, then a new number alone; anything else is "otherwise changed".
 */
export function mainChange(aspects: readonly ActionAspect[]): MainChange {
  for (const a of ['moved', 'reworded', 'renumbered'] as const) if (aspects.includes(a)) return a;
  return 'modified';
}

function diffIndicators(
  olds: readonly Indicator[],
  news: readonly Indicator[],
  ot: TextPicker,
  nt: TextPicker,
  threshold: number,
): ActionChange['indicators'] | undefined {
  const text = (i: Indicator, t: TextPicker) => (typeof i === 'string' ? i : t.pick(i.text, 'indicator'));
  const key = (i: Indicator, t: TextPicker) =>
    typeof i !== 'string' && i.id ? i.id : normalizeText(text(i, t)).toLowerCase();
  const oldTexts = olds.map((i) => text(i, ot));
  const newTexts = news.map((i) => text(i, nt));
  const matches = matchItems(
    olds.map((i, k) => ({ id: key(i, ot), words: wordsOf(oldTexts[k]!) })),
    news.map((i, k) => ({ id: key(i, nt), words: wordsOf(newTexts[k]!) })),
    { threshold, idThreshold: 0 },
  );
  const reworded = matches
    .filter((m) => normalizeText(oldTexts[m.oldIndex]!) !== normalizeText(newTexts[m.newIndex]!))
    .map((m) => ({
      old: oldTexts[m.oldIndex]!,
      new: newTexts[m.newIndex]!,
      words: wordDiff(oldTexts[m.oldIndex]!, newTexts[m.newIndex]!),
    }));
  const mo = new Set(matches.map((m) => m.oldIndex));
  const mn = new Set(matches.map((m) => m.newIndex));
  const removed = oldTexts.filter((_, k) => !mo.has(k));
  const added = newTexts.filter((_, k) => !mn.has(k));
  return reworded.length || removed.length || added.length ? { added, removed, reworded } : undefined;
}
