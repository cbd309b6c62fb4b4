import { defineRule } from './rule.js';

/** Raised while a return is collected (core/collect/). */
export const nap102 = defineRule({
  code: 'NAP102',
  severity: 'error',
  title: 'Workbook contains macros',
  stage: 'collect',
  explanation:
    'A macro-enabled workbook (.xlsm) can run code when opened, and a return never needs any. Save the workbook as an Excel workbook (.xlsx) without macros, and collect that file.',
});
