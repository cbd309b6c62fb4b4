import { defineRule } from './rule.js';

/** Raised while a return is collected (core/collect/). */
export const nap118 = defineRule({
  code: 'NAP118',
  severity: 'error',
  title: 'Not a date',
  stage: 'collect',
  explanation:
    'A date must be a real date, typed as a date or as YYYY-MM-DD (20/01/2016 is read as day, month, year); a text that is not a date, or an ambiguous one, cannot be placed in time. Type the date as YYYY-MM-DD.',
});
