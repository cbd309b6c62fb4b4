import { defineRule } from './rule.js';

export const nap036 = defineRule({
  code: 'NAP036',
  severity: 'warning',
  title: 'Superseded plan not found',
  explanation:
    '`supersedes` names the previous edition of a plan; when that edition is not in the same plans folder, the two cannot be compared. Add the previous edition to the folder, or ignore this warning.',
  checks: {
    plan(plan, ctx) {
      if (plan.supersedes === undefined || !ctx.siblingIds || ctx.siblingIds.has(plan.supersedes)) return;
      ctx.report(
        '/supersedes',
        `the plan supersedes '${plan.supersedes}', which is not in the same plans folder`,
        `add the previous edition as plans/${plan.supersedes}/plan.yaml to compare editions, or ignore this warning`,
      );
    },
  },
});
