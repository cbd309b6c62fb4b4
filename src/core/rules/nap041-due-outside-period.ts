import { defineRule } from './rule.js';

export const nap041 = defineRule({
  code: 'NAP041',
  severity: 'warning',
  title: 'Due date outside the period',
  explanation:
    'An action due before the plan starts or after it ends usually has a wrong year. Set a due date within the plan period, or check the year.',
  checks: {
    plan(plan, ctx) {
      const { start, end } = plan.period;
      for (const { action, pointer } of ctx.places) {
        if (action.due === undefined) continue;
        const year = typeof action.due === 'number' ? action.due : Number(action.due.slice(0, 4));
        if (year >= start && year <= end) continue;
        ctx.report(
          `${pointer}/due`,
          `action ${action.id} is due in ${year}, outside the plan period ${start}-${end}`,
          `set a due date between ${start} and ${end}, or check the year`,
        );
      }
    },
  },
});
