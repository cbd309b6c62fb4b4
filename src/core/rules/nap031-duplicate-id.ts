import type { Plan } from '../model/types.generated.js';
import { eachId, type IdKind, idOf } from '../model/walk.js';
import type { PlanContext } from './context.js';
import { defineRule } from './rule.js';

export const nap031 = defineRule({
  code: 'NAP031',
  severity: 'error',
  title: 'Duplicate id',
  explanation:
    'Each objective, goal, action, indicator and actor needs an id of its own, or reports and comparisons could not tell them apart. Give the second one its own id.',
  checks: {
    plan(plan, ctx) {
      itemIds(plan, ctx);
      actorIds(plan, ctx);
    },
  },
});

/** Ids are unique within their kind: an action and an objective may both be "1". */
function itemIds(plan: Plan, ctx: PlanContext) {
  const first: Record<IdKind, Map<string, string>> = {
    objective: new Map(),
    goal: new Map(),
    action: new Map(),
    indicator: new Map(),
  };
  for (const { kind, id, pointer } of eachId(plan, ctx.places)) {
    const seen = first[kind];
    const key = idOf(id);
    const earlier = seen.get(key);
    if (earlier !== undefined)
      ctx.report(
        pointer,
        `the ${kind} id '${key}' is used twice (first on line ${ctx.line(earlier)})`,
        `give this ${kind} its own id`,
      );
    else seen.set(key, pointer);
  }
}

function actorIds(plan: Plan, ctx: PlanContext) {
  const ids = new Set<string>();
  plan.actors.forEach((a, i) => {
    if (ids.has(a.id))
      ctx.report(
        `/actors/${i}/id`,
        `the actor id '${a.id}' is declared twice`,
        'remove one of the two declarations, or rename one',
      );
    else ids.add(a.id);
  });
}
