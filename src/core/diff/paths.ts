import type { TextPicker } from '../model/text.js';
import { type ActionPlace, idOf } from '../model/walk.js';
import type { Place } from './types.js';

/** Where an action sits, with the titles a reader knows the objective and goal by. */
export function placeOf(p: ActionPlace, t: TextPicker): Place {
  const place: Place = { objective: { id: idOf(p.objective.id), title: t.pick(p.objective.title, 'objective') } };
  if (p.goal) place.goal = { id: idOf(p.goal.id), title: t.pick(p.goal.title, 'goal') };
  return place;
}

/** Similarities are reported with two decimals. */
export function round(x: number): number {
  return Math.round(x * 100) / 100;
}
