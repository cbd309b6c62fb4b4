import { defineRule } from './rule.js';

/** Raised while an assessor's return is collected (core/collect/). */
export const nap123 = defineRule({
  code: 'NAP123',
  severity: 'error',
  title: 'Assessment without rating or comment',
  stage: 'collect',
  explanation:
    "An action assessed in an assessor's return has both a rating and a comment that explains it; evidence and remarks on the indicators come with them. Give the rating and the comment, or leave the whole row empty if the action is not assessed.",
});
