import { defineRule } from './rule.js';

/** Raised while a return is collected (core/collect/). */
export const nap106 = defineRule({
  code: 'NAP106',
  severity: 'error',
  title: 'Return for another plan, year or actor',
  stage: 'collect',
  explanation:
    'Each return is made for one plan, one year and one responsible actor (or assessor), and is collected for those only; another one here is usually a file sent to the wrong person or kept from last year. Collect the return for the plan, year and actor meant, or make a new one with nap request.',
});
