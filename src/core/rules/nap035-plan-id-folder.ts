import { defineRule } from './rule.js';

export const nap035 = defineRule({
  code: 'NAP035',
  severity: 'error',
  title: 'Plan id differs from its folder name',
  explanation:
    'A plan is found by the name of its folder, so the id in plan.yaml must be the same. Rename the folder, or change the id.',
  checks: {
    plan(plan, ctx) {
      if (plan.id === ctx.folderName) return;
      ctx.report(
        '/id',
        `the plan id '${plan.id}' differs from the name of its folder '${ctx.folderName}'`,
        `rename the folder to '${plan.id}', or set id: ${ctx.folderName}`,
      );
    },
  },
});
