import { defineRule } from './rule.js';

/** Raised by the YAML stage (load/yaml.ts). */
export const nap006 = defineRule({
  code: 'NAP006',
  severity: 'error',
  title: 'Too many aliases',
  stage: 'yaml',
  explanation:
    'Aliases (*name) that expand into a huge amount of data are a known way to crash programs ("billion laughs"). Write the values out instead of using anchors and aliases.',
});
