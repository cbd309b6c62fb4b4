import { indicatorAt } from '../model/indicator-key.js';
import type { Value } from '../model/types.generated.js';
import { unitProblem } from '../model/units.js';
import { reportPointer } from '../model/walk.js';
import { defineRule } from './rule.js';

export const nap055 = defineRule({
  code: 'NAP055',
  severity: 'error',
  title: 'Reported value does not fit the indicator unit',
  explanation:
    "A reported value must be what the indicator's unit says (a whole number for count, 0 to 100 for percent, true or false for yes-no, one value per sex when counted by sex). Correct the value, or the unit in plan.yaml.",
  checks: {
    progress(p, ctx) {
      // Loops over keys, not entries: every value of every report of every year passes here.
      for (const key in p.actions) {
        const values = p.actions[key]?.indicators;
        const list = ctx.lookup.actions.get(key)?.action.indicators;
        if (!values || !list) continue;
        for (const k in values) {
          const indicator = indicatorAt(list, k);
          const problem = indicator !== undefined && unitProblem(indicator, values[k] as Value);
          if (problem)
            ctx.report(
              `${reportPointer(key)}/indicators/${k}`,
              `indicator ${k} of action ${key}: ${problem}`,
              'write a value that fits the unit, or change the unit in plan.yaml',
            );
        }
      }
    },
  },
});
