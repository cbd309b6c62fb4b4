import type { Formatter } from '../model/format.js';
import type { Plan } from '../model/types.generated.js';
import { countStatuses } from './counts.js';
import type { ActionView, ActorActions } from './model-types.js';

/** Annexes per actor: what each has not reported (who has not delivered), and all its actions with their status. */
export function actorAnnexes(
  plan: Plan,
  actions: readonly ActionView[],
  names: ReadonlyMap<string, string>,
  f: Formatter,
): { notReported: ActorActions[]; byActor: ActorActions[] } {
  const byActor: ActorActions[] = plan.actors.flatMap((actor) => {
    const mine = actions.filter((a) => a.actors.some((x) => x.id === actor.id));
    if (!mine.length) return [];
    return [
      {
        id: actor.id,
        name: names.get(actor.id) ?? actor.id,
        counts: countStatuses(mine, f),
        actions: mine.map((a) => ({
          id: a.id,
          text: a.text,
          status: a.status,
          statusLabel: a.statusLabel,
          lead: a.actors.some((x) => x.id === actor.id && x.lead),
          anchor: a.anchor,
        })),
      },
    ];
  });
  const notReported = byActor
    .map((a) => ({ ...a, actions: a.actions.filter((x) => x.status === 'not-reported') }))
    .filter((a) => a.actions.length > 0)
    .sort((a, b) => b.actions.length - a.actions.length || a.name.localeCompare(b.name));
  return { notReported, byActor };
}
