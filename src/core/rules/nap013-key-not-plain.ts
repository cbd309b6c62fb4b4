import { defineRule } from './rule.js';

/** Raised by the YAML stage (load/yaml.ts). */
export const nap013 = defineRule({
  code: 'NAP013',
  severity: 'error',
  title: 'Key is not plain text',
  stage: 'yaml',
  explanation:
    'A key written as a list or a mapping (`? [a, b]`) cannot name a field. Write each key as a word followed by a colon, like `title:`.',
});
