import type { FileContext } from './context.js';
import { defineRule } from './rule.js';

export const nap043 = defineRule({
  code: 'NAP043',
  severity: 'error',
  title: 'Not a real date',
  explanation:
    'A date in the right form that does not exist, such as 2022-02-30, cannot be printed or compared. Write an existing date as YYYY-MM-DD.',
  checks: {
    plan(plan, ctx) {
      if (plan.adopted !== undefined) checkDate(plan.adopted, '/adopted', ctx);
      for (const { action, pointer } of ctx.places) {
        if (typeof action.due === 'string') checkDate(action.due, `${pointer}/due`, ctx);
      }
    },
    progress(p, ctx) {
      if (p.submitted !== undefined) checkDate(p.submitted, '/submitted', ctx);
    },
  },
});

// The schema checks the form YYYY-MM-DD; only a calendar knows that February has no 30th.
function checkDate(value: string, pointer: string, ctx: FileContext): void {
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    ctx.report(pointer, `${value} is not a real date`, 'write an existing date as "YYYY-MM-DD"');
  }
}
