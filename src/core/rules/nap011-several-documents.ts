import { defineRule } from './rule.js';

/** Raised by the YAML stage (load/yaml.ts). */
export const nap011 = defineRule({
  code: 'NAP011',
  severity: 'error',
  title: 'Several YAML documents in one file',
  stage: 'yaml',
  explanation:
    'A line `---` starts a second YAML document, and nap reads one document per file. Remove the `---` line and merge the parts, or put each part in a file of its own.',
});
