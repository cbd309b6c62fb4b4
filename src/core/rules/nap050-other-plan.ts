import { defineRule } from './rule.js';

const fix = (id: string) => `write plan: ${id}, or move the file to the plan it belongs to`;

export const nap050 = defineRule({
  code: 'NAP050',
  severity: 'error',
  title: 'File names another plan',
  explanation:
    'A progress file, a narrative or an assessment belongs to the plan whose folder it sits in; naming another plan means a typo or a file in the wrong folder. Correct `plan:`, or move the file.',
  checks: {
    progress(p, ctx) {
      const { plan } = ctx.lookup;
      if (p.plan === plan.id) return;
      ctx.report(
        '/plan',
        `this file reports on plan '${p.plan}', but it sits in the folder of plan '${plan.id}'`,
        fix(plan.id),
      );
    },
    narrative(n, ctx) {
      if (n.plan === ctx.plan.id) return;
      ctx.report(
        '/plan',
        `this narrative names plan '${n.plan}', but it sits in the folder of plan '${ctx.plan.id}'`,
        fix(ctx.plan.id),
      );
    },
    assessment(a, ctx) {
      const { plan } = ctx.lookup;
      if (a.plan === plan.id) return;
      ctx.report(
        '/plan',
        `this assessment names plan '${a.plan}', but it sits in the folder of plan '${plan.id}'`,
        fix(plan.id),
      );
    },
  },
});
