import { defineRule } from './rule.js';

export const nap050 = defineRule({
  code: 'NAP050',
  severity: 'error',
  title: 'Progress file names another plan',
  explanation:
    'A progress file reports on the plan whose folder it sits in; naming another plan means a typo or a file in the wrong folder. Correct `plan:`, or move the file.',
  checks: {
    progress(p, ctx) {
      const { plan } = ctx.lookup;
      if (p.plan === plan.id) return;
      ctx.report(
        '/plan',
        `this file reports on plan '${p.plan}', but it sits in the folder of plan '${plan.id}'`,
        `write plan: ${plan.id}, or move the file to the plan it reports on`,
      );
    },
  },
});
