import { defineRule } from './rule.js';

/** Raised by the schema stage (validate/schema-messages.ts). */
export const nap014 = defineRule({
  code: 'NAP014',
  severity: 'error',
  title: 'Too many problems to list',
  stage: 'schema',
  explanation:
    'After 200 problems with the fields of one file the rest are only counted: so many usually means the wrong file. Fix the problems listed, or check the file, and run nap validate again.',
});
