import { defineRule } from './rule.js';

export const nap051 = defineRule({
  code: 'NAP051',
  severity: 'error',
  title: 'Year outside the plan period',
  explanation: 'A plan is reported on only for the years of its period. Check the year of the progress file.',
  checks: {
    progress(p, ctx) {
      const { period } = ctx.lookup.plan;
      if (p.year >= period.start && p.year <= period.end) return;
      ctx.report(
        '/year',
        `the year ${p.year} is outside the plan period ${period.start}-${period.end}`,
        'report only on years of the plan period; check the year',
      );
    },
  },
});
