import { defineRule } from './rule.js';

/** Raised while a return is collected (core/collect/). */
export const nap119 = defineRule({
  code: 'NAP119',
  severity: 'error',
  title: 'Spending without an amount or currency',
  stage: 'collect',
  explanation:
    'Spending is an amount of 0 or more with its currency as a three-letter code (EUR, USD), so that reports add amounts of one currency only. Give both the amount and the currency, or leave both empty.',
});
