import { defineRule } from './rule.js';

/** Raised while a return is collected (core/collect/). */
export const nap108 = defineRule({
  code: 'NAP108',
  severity: 'error',
  title: 'Row for no action or indicator of the plan',
  stage: 'collect',
  explanation:
    'Rows are matched by their ids, never by position, so a row whose id the plan does not have (a typo, a row copied from another return) cannot be placed. Correct the id, or delete the row.',
});
