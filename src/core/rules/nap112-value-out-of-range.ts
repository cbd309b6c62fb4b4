import { defineRule } from './rule.js';

/** Raised while a return is collected (core/collect/). */
export const nap112 = defineRule({
  code: 'NAP112',
  severity: 'error',
  title: 'Value out of range',
  stage: 'collect',
  explanation:
    'A count is a whole number of 0 or more, a percentage lies from 0 to 100 and an amount is 0 or more; a value outside is a slip (a percentage typed as 0.45 where 45 was meant). Correct the value.',
});
