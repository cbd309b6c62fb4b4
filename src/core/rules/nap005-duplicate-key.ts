import { defineRule } from './rule.js';

/** Raised by the YAML stage (load/yaml.ts). */
export const nap005 = defineRule({
  code: 'NAP005',
  severity: 'error',
  title: 'Duplicate key',
  stage: 'yaml',
  explanation:
    'A field written twice in the same place would keep only one of its two values, silently. Keep one and merge the values.',
});
