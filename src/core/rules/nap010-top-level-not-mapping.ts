import { defineRule } from './rule.js';

/** Raised by the YAML stage (load/yaml.ts). */
export const nap010 = defineRule({
  code: 'NAP010',
  severity: 'error',
  title: 'Top level is not a mapping',
  stage: 'yaml',
  explanation:
    'A plan or progress file is a set of fields (`nap: 1`, `id: ...`), each at the start of a line; a file that is one list or one value cannot be read as either. Start the file with its fields.',
});
