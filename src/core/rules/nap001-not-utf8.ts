import { defineRule } from './rule.js';

/** Raised by the file reader (load/read.ts). */
export const nap001 = defineRule({
  code: 'NAP001',
  severity: 'error',
  title: 'File is not UTF-8 text',
  stage: 'read',
  explanation:
    'nap reads plans as UTF-8 text, so that letters with accents mean the same on every computer; a file saved as Latin-1, Windows-1252 or UTF-16, or a binary file, would be misread. Save the file again with the encoding UTF-8.',
});
