import { defineRule } from './rule.js';

/** Raised while a return is collected (core/collect/). */
export const nap111 = defineRule({
  code: 'NAP111',
  severity: 'error',
  title: 'Not a number',
  stage: 'collect',
  explanation:
    'A count, percentage or amount must be a number: words, several numbers in one cell, or a number in which a comma or a dot might separate thousands (12,500; 1.200 in an amount or count) cannot be counted without a guess. Type the figure alone, with a decimal point or comma and no thousands separator, or leave the cell empty.',
});
