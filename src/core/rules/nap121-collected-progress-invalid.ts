import { defineRule } from './rule.js';

/** Raised while a return is collected (core/collect/). */
export const nap121 = defineRule({
  code: 'NAP121',
  severity: 'error',
  title: 'Collected return does not pass validation',
  stage: 'collect',
  explanation:
    'What was read from the return, written as a progress file (or an assessment file), would break a rule of the format (the message quotes it), so nothing is written for this return. Correct the cell named in the message, or the plan.',
});
