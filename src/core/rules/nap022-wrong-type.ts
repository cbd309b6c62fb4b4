import { defineRule } from './rule.js';

/** Raised by the schema stage (validate/schema-messages.ts). */
export const nap022 = defineRule({
  code: 'NAP022',
  severity: 'error',
  title: 'Wrong type of value',
  stage: 'schema',
  explanation:
    'A value of the wrong kind (a list where text belongs, text where a number belongs) cannot be used. Write the kind of value the message names.',
});
