import type { PlanLookup } from '../model/plan-lookup.js';
import { closest } from '../model/suggest.js';
import { reportPointer } from '../model/walk.js';
import type { FileContext } from './context.js';
import { defineRule } from './rule.js';

/** Progress files and assessments alike: every action they name must be the plan's. */
function check(file: { actions: Record<string, unknown> }, ctx: FileContext & { lookup: PlanLookup }) {
  const { plan, actions } = ctx.lookup;
  let ids: string[] | undefined; // listed only when needed: most files name no unknown action
  for (const key in file.actions) {
    if (!file.actions[key] || actions.has(key)) continue;
    ids ??= [...actions.keys()];
    const guess = closest(key, ids);
    ctx.report(
      reportPointer(key),
      `there is no action '${key}' in plan ${plan.id}${guess ? ` — did you mean '${guess}'?` : ''}`,
      guess ? `write '${guess}'` : 'use an action id as the plan prints it (see plan.yaml)',
      'key',
    );
  }
}

export const nap053 = defineRule({
  code: 'NAP053',
  severity: 'error',
  title: 'Unknown action',
  explanation:
    'A report on (or an assessment of) an action the plan does not have cannot be shown anywhere. Write the action id exactly as the plan prints it.',
  checks: {
    progress: check,
    assessment: check,
  },
});
