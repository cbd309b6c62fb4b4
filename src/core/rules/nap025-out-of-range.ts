import { defineRule } from './rule.js';

/** Raised by the schema stage (validate/schema-messages.ts). */
export const nap025 = defineRule({
  code: 'NAP025',
  severity: 'error',
  title: 'Value out of range or empty',
  stage: 'schema',
  explanation:
    'A number beyond its limits (a year such as 1020), an empty text or list, or a list longer than the format allows (more than 100 tags on an action), is almost always a slip. Write a value within the limits, or remove the field.',
});
