import { defineRule } from './rule.js';

/** Raised by the version check (validate/check-file.ts). */
export const nap012 = defineRule({
  code: 'NAP012',
  severity: 'error',
  title: 'Unknown or missing format version',
  stage: 'version',
  explanation:
    'The line `nap: 1` says which version of the format a file follows; without it, or with another version, every other message could mislead. Add `nap: 1` at the top, or update nap if the file is written for a newer version.',
});
