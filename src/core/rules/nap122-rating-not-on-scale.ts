import { defineRule } from './rule.js';

/** Raised while an assessor's return is collected (core/collect/). */
export const nap122 = defineRule({
  code: 'NAP122',
  severity: 'error',
  title: 'Rating not on the scale',
  stage: 'collect',
  explanation:
    "A rating in an assessor's return is one of the levels of its scale, chosen from the drop-down list (in any language nap speaks, or as the level's id), so that it can be compared with the government's status. Choose one of the ratings from the list.",
});
