import { defineRule } from './rule.js';

/** Raised by the schema stage (validate/schema-messages.ts). */
export const nap021 = defineRule({
  code: 'NAP021',
  severity: 'error',
  title: 'Required field missing',
  stage: 'schema',
  explanation:
    'A field the format requires is missing, so the plan or report is incomplete. Add the field with its value.',
});
