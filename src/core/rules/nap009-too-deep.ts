import { defineRule } from './rule.js';

/** Raised by the YAML stage (load/yaml.ts). */
export const nap009 = defineRule({
  code: 'NAP009',
  severity: 'error',
  title: 'Nesting too deep',
  stage: 'yaml',
  explanation:
    'Data nested more than 64 levels deep is never a plan, and deep nesting is how parsers get crashed. Flatten the structure: a plan needs about 8 levels.',
});
