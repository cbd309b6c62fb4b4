import { defineRule } from './rule.js';

/** Raised by the YAML stage, before the parser runs (load/flow-scan.ts). */
export const nap017 = defineRule({
  code: 'NAP017',
  severity: 'error',
  title: 'List in brackets too long',
  stage: 'yaml',
  explanation:
    'A list or mapping written in brackets ([a, b] or { a: 1 }) with more than 10,000 items, or files holding more than 500,000 such items in all, are refused before they are read: no plan needs so many, and reading them would take seconds and gigabytes. Check that this is the right file.',
});
