import { type ActionPlace, idOf } from '../model/walk.js';

/** Where an action sits, by the plan's own ids: "1 > 4" (objective > goal), or "6" directly under an objective. */
export function pathOf(p: ActionPlace): string {
  return p.goal ? `${idOf(p.objective.id)} > ${idOf(p.goal.id)}` : idOf(p.objective.id);
}

/** Similarities are reported with two decimals. */
export function round(x: number): number {
  return Math.round(x * 100) / 100;
}
