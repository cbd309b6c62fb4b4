import { defineRule } from './rule.js';

/** Raised by the YAML stage (load/yaml.ts). */
export const nap004 = defineRule({
  code: 'NAP004',
  severity: 'error',
  title: 'YAML syntax error',
  stage: 'yaml',
  explanation:
    'The file breaks the rules of YAML, so what it means cannot be known: often a wrong indentation, a tab, or a value containing ": " that needs quotes. Fix the line shown.',
});
