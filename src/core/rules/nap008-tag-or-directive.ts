import { defineRule } from './rule.js';

/** Raised by the YAML stage (load/yaml.ts). */
export const nap008 = defineRule({
  code: 'NAP008',
  severity: 'error',
  title: 'YAML tag or directive not allowed',
  stage: 'yaml',
  explanation:
    "Tags such as `!!binary` or `!!timestamp` and the directives `%YAML 1.1` and `%TAG` change what a value means behind the reader's back (in YAML 1.1, NO means false). Remove them and write plain values, in quotes when they are text.",
});
