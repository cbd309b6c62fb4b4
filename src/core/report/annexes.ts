import type { Formatter } from '../model/format.js';
import type { Plan } from '../model/types.generated.js';
import { countStatuses } from './counts.js';
import type { ActionView, ActorActions } from './model-types.js';

/**
 * Annexes per actor: every action it is responsible for and did not report on (also when a
 * co-responsible actor did), and all its actions with its own account's status.
 */
export function actorAnnexes(
  plan: Plan,
  actions: readonly ActionView[],
  names: ReadonlyMap<string, string>,
  f: Formatter,
): { notReported: ActorActions[]; byActor: ActorActions[] } {
  const byActor: ActorActions[] = plan.actors.flatMap((actor) => {
    const mine = actions.flatMap((a) => {
      const own = a.actors.find((x) => x.id === actor.id);
      if (!own) return [];
      const others = a.actors.filter((x) => x.reported && x.id !== actor.id).map((x) => x.name);
      const row: ActorActions['actions'][number] = {
        id: a.id,
        text: a.text,
        status: own.status,
        statusLabel: own.statusLabel,
        lead: own.lead,
        anchor: a.anchor,
      };
      if (!own.reported && others.length) row.reportedBy = f.t('parliament.reportedBy', { actors: others.join(', ') });
      if (a.discontinuedSince !== undefined) row.discontinuedSince = a.discontinuedSince;
      return [row];
    });
    if (!mine.length) return [];
    return [{ id: actor.id, name: names.get(actor.id) ?? actor.id, counts: countStatuses(mine, f), actions: mine }];
  });
  const notReported = byActor
    .map((a) => ({ ...a, actions: a.actions.filter((x) => x.status === 'not-reported') }))
    .filter((a) => a.actions.length > 0)
    .sort((a, b) => b.actions.length - a.actions.length || a.name.localeCompare(b.name));
  return { notReported, byActor };
}
