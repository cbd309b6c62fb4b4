import { defineRule } from './rule.js';

/** Raised by the schema stage (validate/schema-messages.ts). */
export const nap023 = defineRule({
  code: 'NAP023',
  severity: 'error',
  title: 'Value not among the allowed values',
  stage: 'schema',
  explanation:
    'Some fields take one of a fixed set of words, such as a status or a unit, so that reports can count and compare them. Use one of the values listed.',
});
