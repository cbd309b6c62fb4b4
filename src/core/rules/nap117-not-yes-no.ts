import { defineRule } from './rule.js';

/** Raised while a return is collected (core/collect/). */
export const nap117 = defineRule({
  code: 'NAP117',
  severity: 'error',
  title: 'Not yes or no',
  stage: 'collect',
  explanation:
    'A yes-or-no indicator takes yes or no (or true or false), chosen from the list. Choose yes or no from the list, or leave the cell empty.',
});
