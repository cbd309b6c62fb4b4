import type { TextPicker } from '../model/text.js';
import type { Plan } from '../model/types.generated.js';
import { idOf } from '../model/walk.js';
import type { ActionSide } from './action-pair.js';
import type { Match } from './match.js';
import type { ActorChange } from './types.js';
import { normalizeText } from './words.js';

/** Per actor: actions and lead roles gained or lost, renamed or new or dropped actors. */
export function diffActors(
  oldPlan: Plan,
  newPlan: Plan,
  olds: readonly ActionSide[],
  news: readonly ActionSide[],
  matches: readonly Match[],
  ot: TextPicker,
  nt: TextPicker,
): ActorChange[] {
  const oldActors = new Map(oldPlan.actors.map((a) => [a.id, ot.pick(a.name, `actor ${a.id}`)]));
  const newActors = new Map(newPlan.actors.map((a) => [a.id, nt.pick(a.name, `actor ${a.id}`)]));
  const ids = [...new Set([...oldActors.keys(), ...newActors.keys()])];
  const byId = new Map<string, ActorChange>(
    ids.map((id) => [
      id,
      {
        id,
        name: newActors.get(id) ?? oldActors.get(id)!,
        kind: !oldActors.has(id) ? 'added' : !newActors.has(id) ? 'removed' : 'changed',
        gained: [],
        lost: [],
        leadGained: [],
        leadLost: [],
      },
    ]),
  );
  const matchedOld = new Set(matches.map((m) => m.oldIndex));
  const matchedNew = new Set(matches.map((m) => m.newIndex));
  const label = (s: ActionSide) => idOf(s.place.action.id);
  for (const m of matches) {
    const a = olds[m.oldIndex]!.place.action;
    const b = news[m.newIndex]!.place.action;
    for (const x of b.actors) if (!a.actors.includes(x)) byId.get(x)?.gained.push(label(news[m.newIndex]!));
    for (const x of a.actors) if (!b.actors.includes(x)) byId.get(x)?.lost.push(label(olds[m.oldIndex]!));
    if (a.lead !== b.lead) {
      if (b.lead) byId.get(b.lead)?.leadGained.push(label(news[m.newIndex]!));
      if (a.lead) byId.get(a.lead)?.leadLost.push(label(olds[m.oldIndex]!));
    }
  }
  news.forEach((s, i) => {
    if (matchedNew.has(i)) return;
    for (const x of s.place.action.actors) byId.get(x)?.gained.push(label(s));
    if (s.place.action.lead) byId.get(s.place.action.lead)?.leadGained.push(label(s));
  });
  olds.forEach((s, i) => {
    if (matchedOld.has(i)) return;
    for (const x of s.place.action.actors) byId.get(x)?.lost.push(label(s));
    if (s.place.action.lead) byId.get(s.place.action.lead)?.leadLost.push(label(s));
  });
  for (const c of byId.values()) {
    const before = oldActors.get(c.id);
    const after = newActors.get(c.id);
    if (before !== undefined && after !== undefined && normalizeText(before) !== normalizeText(after))
      c.renamed = { old: before, new: after };
  }
  return [...byId.values()].filter(
    (c) =>
      c.kind !== 'changed' || c.renamed || c.gained.length || c.lost.length || c.leadGained.length || c.leadLost.length,
  );
}
