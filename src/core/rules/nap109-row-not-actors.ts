import { defineRule } from './rule.js';

/** Raised while a return is collected (core/collect/). */
export const nap109 = defineRule({
  code: 'NAP109',
  severity: 'warning',
  title: 'Row for an action of another actor',
  stage: 'collect',
  explanation:
    'A return lists the actions its actor is responsible for; a row for another action usually means a copied row or a wrong id. Check the id; when the actor reports for another one on purpose, the warning can stay.',
});
