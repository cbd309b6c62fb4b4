import { defineRule } from './rule.js';

/** Raised while a return is collected (core/collect/). */
export const nap130 = defineRule({
  code: 'NAP130',
  severity: 'warning',
  title: 'Return has nothing filled in',
  stage: 'collect',
  explanation:
    'No action of the return has a status, summary, figure, spending or source: it is the blank return as nap request wrote it, so nothing is written (an empty progress file would count the actor as having submitted). Collect the return the actor filled in.',
});
