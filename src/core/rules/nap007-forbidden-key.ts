import { defineRule } from './rule.js';

/** Raised by the YAML stage (load/yaml.ts). */
export const nap007 = defineRule({
  code: 'NAP007',
  severity: 'error',
  title: 'Forbidden key',
  stage: 'yaml',
  explanation: 'The key `__proto__` can tamper with the program reading the file, so it is refused. Remove it.',
});
