import type { Plan } from './types.generated.js';
import { type ActionPlace, eachAction, idOf } from './walk.js';

/** A plan indexed for checking its progress files: actions by printed id, each actor's parent. */
export interface PlanLookup {
  plan: Plan;
  actions: ReadonlyMap<string, ActionPlace>;
  actorParents: ReadonlyMap<string, string | undefined>;
}

export function planLookup(plan: Plan): PlanLookup {
  const actions = new Map<string, ActionPlace>();
  for (const place of eachAction(plan))
    if (!actions.has(idOf(place.action.id))) actions.set(idOf(place.action.id), place);
  return { plan, actions, actorParents: new Map(plan.actors.map((a) => [a.id, a.parent])) };
}
