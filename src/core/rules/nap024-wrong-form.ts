import { defineRule } from './rule.js';

/** Raised by the schema stage (validate/schema-messages.ts). */
export const nap024 = defineRule({
  code: 'NAP024',
  severity: 'error',
  title: 'Value not in the expected form',
  stage: 'schema',
  explanation:
    'Ids, dates and language tags have a fixed form (a date is YYYY-MM-DD) so that they can be matched and sorted. Rewrite the value in the form the message describes.',
});
