import { defineRule } from './rule.js';

/** Raised by the YAML stage (load/yaml.ts). */
export const nap003 = defineRule({
  code: 'NAP003',
  severity: 'error',
  title: 'File is empty',
  stage: 'yaml',
  explanation:
    'An empty file, or one with only comments, holds no plan or report. Write the content, starting with the line `nap: 1`, or delete the file.',
});
