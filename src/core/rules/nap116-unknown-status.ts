import { defineRule } from './rule.js';

/** Raised while a return is collected (core/collect/). */
export const nap116 = defineRule({
  code: 'NAP116',
  severity: 'error',
  title: 'Status not among the five',
  stage: 'collect',
  explanation:
    "An action's status is one of not started, in progress, delayed, completed and discontinued, chosen from the drop-down list in any language of the plan, so that reports can count them. Choose one of the five from the list.",
});
