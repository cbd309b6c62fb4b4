import { defineRule } from './rule.js';

/** Raised while a return is collected (core/collect/). */
export const nap114 = defineRule({
  code: 'NAP114',
  severity: 'warning',
  title: 'Number written with a decimal comma',
  stage: 'collect',
  explanation:
    'A number typed as text with a decimal comma (12,5) is read as 12.5, which is almost always what was meant. Check the value; type numbers into number cells to silence the warning.',
});
