import { defineRule } from './rule.js';

/** Raised while a return is collected (core/collect/). */
export const nap131 = defineRule({
  code: 'NAP131',
  severity: 'warning',
  title: 'Unlikely date of submission',
  stage: 'collect',
  explanation:
    'The date of submission given in the return is after today, or before the end of the year reported on (a yearly return is sent once the year is over): most likely a slip of the year. The date is written as given; correct it in the return, or leave the cell empty for the day it is collected.',
});
