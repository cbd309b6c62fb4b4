import { defineRule } from './rule.js';

/** Raised while a return is collected (core/collect/). */
export const nap101 = defineRule({
  code: 'NAP101',
  severity: 'error',
  title: 'Workbook is password-protected',
  stage: 'collect',
  explanation:
    'A workbook encrypted with a password to open cannot be read without it, and nap never asks for passwords. Save a copy without the password to open (File, Protect or Properties) and collect that copy.',
});
