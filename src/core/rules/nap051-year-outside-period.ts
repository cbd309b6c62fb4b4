import type { Plan } from '../model/types.generated.js';
import type { FileContext } from './context.js';
import { defineRule } from './rule.js';

function check(year: number, plan: Plan, ctx: FileContext, what: string) {
  const { period } = plan;
  if (year >= period.start && year <= period.end) return;
  ctx.report(
    '/year',
    `the year ${year} is outside the plan period ${period.start}-${period.end}`,
    `${what} only on years of the plan period; check the year`,
  );
}

export const nap051 = defineRule({
  code: 'NAP051',
  severity: 'error',
  title: 'Year outside the plan period',
  explanation:
    'A plan is reported on only for the years of its period. Check the year of the progress file, narrative or assessment.',
  checks: {
    progress(p, ctx) {
      check(p.year, ctx.lookup.plan, ctx, 'report');
    },
    narrative(n, ctx) {
      check(n.year, ctx.plan, ctx, 'write a narrative');
    },
    assessment(a, ctx) {
      check(a.year, ctx.lookup.plan, ctx, 'assess');
    },
  },
});
