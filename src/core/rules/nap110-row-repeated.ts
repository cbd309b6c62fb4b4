import { defineRule } from './rule.js';

/** Raised while a return is collected (core/collect/). */
export const nap110 = defineRule({
  code: 'NAP110',
  severity: 'error',
  title: 'Row given twice',
  stage: 'collect',
  explanation:
    'Two rows for the same action or indicator would contradict each other, and nap cannot tell which one is meant. Keep one row and delete the other.',
});
