import { splitContinues } from '../model/lineage.js';
import type { Plan } from '../model/types.generated.js';
import { eachAction, idOf } from '../model/walk.js';
import { sitePaths } from './paths.js';

/** Links between the editions a site holds: an action's page in an earlier edition, and the later actions that continue it. */
export interface EditionLinks {
  /** The page of an action of a plan of the site (from the site root), in `lang` when the plan has it, else in its first language. */
  action(planId: string, actionId: string, lang: string): string | undefined;
  /** The actions of the site's other plans that continue this one, by `continues`. */
  continuedBy(planId: string, actionId: string): { plan: Plan; action: string }[];
}

export function editionLinks(plans: readonly Plan[], languagesOf: (plan: Plan) => string[]): EditionLinks {
  const byId = new Map(plans.map((p) => [p.id, { plan: p, actions: new Set<string>() }]));
  const later = new Map<string, { plan: Plan; action: string }[]>();
  for (const plan of plans)
    for (const { action } of eachAction(plan)) {
      byId.get(plan.id)!.actions.add(idOf(action.id));
      if (!action.continues) continue;
      const [p, a] = splitContinues(action.continues);
      const key = `${p}\n${a}`;
      later.set(key, [...(later.get(key) ?? []), { plan, action: idOf(action.id) }]);
    }
  return {
    action(planId, actionId, lang) {
      const e = byId.get(planId);
      if (!e?.actions.has(actionId)) return undefined;
      const langs = languagesOf(e.plan);
      const l = langs.includes(lang) ? lang : langs[0];
      return l === undefined ? undefined : sitePaths.action(planId, l, actionId);
    },
    continuedBy: (planId, actionId) => later.get(`${planId}\n${actionId}`) ?? [],
  };
}
