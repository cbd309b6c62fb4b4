import { defineRule } from './rule.js';

/** Raised by the schema stage (validate/schema-messages.ts). */
export const nap025 = defineRule({
  code: 'NAP025',
  severity: 'error',
  title: 'Value out of range or empty',
  stage: 'schema',
  explanation:
    'A number beyond its limits (a year such as 1020), or an empty text or list, is almost always a slip. Write a value within the limits, or remove the field.',
});
