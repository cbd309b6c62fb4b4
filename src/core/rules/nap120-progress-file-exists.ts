import { defineRule } from './rule.js';

/** Raised while a return is collected (core/collect/). */
export const nap120 = defineRule({
  code: 'NAP120',
  severity: 'error',
  title: 'Progress file already holds other data',
  stage: 'collect',
  explanation:
    'Collecting never replaces a progress file (or an assessment file) silently: the return differs from the file already there for this plan, year and actor (or assessor). Check the changes listed and run again with --replace to replace the file, or collect into a copy of the plan.',
});
