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
      for (const { action, key, value, indicator } of ctx.lookup.entriesOf(p)) {
        const problem = indicator !== undefined && unitProblem(indicator, value as Value);
        if (problem)
          ctx.report(
            `${reportPointer(action)}/indicators/${key}`,
            `indicator ${key} of action ${action}: ${problem}`,
            'write a value that fits the unit, or change the unit in plan.yaml',
          );
      }
    },
  },
});
