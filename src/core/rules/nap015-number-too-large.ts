import { defineRule } from './rule.js';

/** Raised by the YAML stage (load/yaml.ts). */
export const nap015 = defineRule({
  code: 'NAP015',
  severity: 'error',
  title: 'Number too large to be exact',
  stage: 'yaml',
  explanation:
    'A whole number beyond 9,007,199,254,740,991 cannot be held exactly and would be rounded without a word (9007199254740993 would become 9007199254740992). Put it in quotes if it is a code or a reference, or check the figure.',
});
