import { defineRule } from './rule.js';

/** Raised by the schema stage (validate/schema-messages.ts). */
export const nap026 = defineRule({
  code: 'NAP026',
  severity: 'error',
  title: 'Repeated entry in a list',
  stage: 'schema',
  explanation:
    'A list such as the actors of an action names each entry once; a repeated entry would be counted twice. Remove the repeated item.',
});
