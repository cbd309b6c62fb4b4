import { unitProblem } from '../model/units.js';
import { defineRule } from './rule.js';

export const nap042 = defineRule({
  code: 'NAP042',
  severity: 'error',
  title: 'Value does not fit the indicator unit',
  explanation:
    "A baseline or target must be what the indicator's unit says (a whole number for count, 0 to 100 for percent, true or false for yes-no, one value per sex when counted by sex), or it cannot be shown or compared. Correct the value, or the unit.",
  checks: {
    plan(_plan, ctx) {
      for (const { action, pointer } of ctx.places) {
        action.indicators?.forEach((ind, k) => {
          if (typeof ind === 'string') return;
          for (const which of ['baseline', 'target'] as const) {
            const m = ind[which];
            const problem = m && unitProblem(ind, m.value);
            if (!problem) continue;
            ctx.report(
              `${pointer}/indicators/${k}/${which}/value`,
              `the ${which} of indicator ${k + 1} of action ${action.id}: ${problem}`,
              `write a ${which} value that fits the unit '${ind.unit ?? 'text'}', or change the unit`,
            );
          }
        });
      }
    },
  },
});
