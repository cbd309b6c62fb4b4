import { defineRule } from './rule.js';

/** Raised while a return is collected (core/collect/). */
export const nap104 = defineRule({
  code: 'NAP104',
  severity: 'error',
  title: 'Workbook with unsafe content',
  stage: 'collect',
  explanation:
    'A workbook whose XML declares entities (a way to make a reader expand a few bytes into gigabytes) or that links to other files or web addresses (external links) is refused unread. Copy the values into a fresh return made by nap request, without links to other workbooks.',
});
