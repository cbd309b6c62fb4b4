import { defineRule } from './rule.js';

/** Raised while a return is collected (core/collect/). */
export const nap105 = defineRule({
  code: 'NAP105',
  severity: 'error',
  title: 'Not a return made by nap request',
  stage: 'collect',
  explanation:
    'nap reads a return by the hidden sheet, sheets and column headings that nap request wrote; when one was removed or renamed, the cells cannot be matched to the plan. Fill in a new return made by nap request, copying your answers into it, or restore the sheet or heading named.',
});
