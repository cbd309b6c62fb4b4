import { defineRule } from './rule.js';

/** Raised while a return is collected (core/collect/). */
export const nap130 = defineRule({
  code: 'NAP130',
  severity: 'warning',
  title: 'Return has nothing filled in',
  stage: 'collect',
  explanation:
    "No action of the return has a status, summary, figure, spending or source (in an assessor's return: no rating or comment): it is the blank return as nap request wrote it, so nothing is written (an empty progress or assessment file would count the actor or assessor as having submitted). Collect the return that was filled in.",
});
