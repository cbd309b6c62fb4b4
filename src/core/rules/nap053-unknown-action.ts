import type { PlanLookup } from '../model/plan-lookup.js';
import { closest } from '../model/suggest.js';
import { eachReport } from '../model/walk.js';
import type { FileContext } from './context.js';
import { defineRule } from './rule.js';

/** Progress files and assessments alike: every action they name must be the plan's. */
function check(file: { actions: Record<string, unknown> }, ctx: FileContext & { lookup: PlanLookup }) {
  const { plan, actions } = ctx.lookup;
  const ids = [...actions.keys()];
  for (const { key, pointer } of eachReport(file)) {
    if (actions.has(key)) continue;
    const guess = closest(key, ids);
    ctx.report(
      pointer,
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
