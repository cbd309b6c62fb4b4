import { defineRule } from './rule.js';

/** Raised by the file reader (load/read.ts). */
export const nap002 = defineRule({
  code: 'NAP002',
  severity: 'error',
  title: 'File is larger than the size limit',
  stage: 'read',
  explanation:
    'A file over 10 MiB or 300,000 lines is refused unread: no plan is that large (one of 10,000 actions has about 3 MB and 83,000 lines), and reading it would make nap slow. Check that this is the right file, or split it.',
});
