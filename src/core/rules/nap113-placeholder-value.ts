import { defineRule } from './rule.js';

/** Raised while a return is collected (core/collect/). */
export const nap113 = defineRule({
  code: 'NAP113',
  severity: 'warning',
  title: 'No figure given',
  stage: 'collect',
  explanation:
    'A cell holding N/A, a dash or a question mark says that there is no figure, and is read as an empty cell, so nothing is reported for it. Leave the cell empty when there is no figure, or type the figure.',
});
