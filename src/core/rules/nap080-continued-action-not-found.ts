import { splitContinues } from '../model/lineage.js';
import { closest } from '../model/suggest.js';
import { defineRule } from './rule.js';

export const nap080 = defineRule({
  code: 'NAP080',
  severity: 'error',
  title: 'Continued action not found',
  explanation:
    '`continues: <plan>:<action>` names the action of an earlier edition that an action carries on. When that edition is in the same plans folder, it must have the action: otherwise reports would show a history that does not exist. Write the action id as the earlier plan prints it.',
  checks: {
    plan(plan, ctx) {
      for (const { action, pointer } of ctx.places) {
        if (action.continues === undefined) continue;
        const [planId, actionId] = splitContinues(action.continues);
        const ids = planId === plan.id ? undefined : ctx.actionsOf?.(planId);
        if (!ids || ids.has(actionId)) continue;
        const guess = closest(actionId, [...ids]);
        ctx.report(
          `${pointer}/continues`,
          `plan ${planId} has no action '${actionId}'${guess ? ` — did you mean '${guess}'?` : ''}`,
          guess ? `write continues: ${planId}:${guess}` : `use an action id of plans/${planId}/plan.yaml`,
        );
      }
    },
  },
});
