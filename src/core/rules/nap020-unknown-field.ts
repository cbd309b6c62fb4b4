import { defineRule } from './rule.js';

/** Raised by the schema stage (validate/schema-messages.ts). */
export const nap020 = defineRule({
  code: 'NAP020',
  severity: 'error',
  title: 'Unknown field',
  stage: 'schema',
  explanation:
    'A field the format does not know is usually a typo, and its value would be ignored. Rename it to the field meant (nap suggests the closest one), or remove it.',
});
