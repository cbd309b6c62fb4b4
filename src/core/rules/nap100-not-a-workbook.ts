import { defineRule } from './rule.js';

/** Raised while a return is collected (core/collect/). */
export const nap100 = defineRule({
  code: 'NAP100',
  severity: 'error',
  title: 'File is not a workbook',
  stage: 'collect',
  explanation:
    'A return is an Excel workbook (.xlsx) made by nap request, or a YAML return; another file (a PDF, a CSV, an old .xls, a damaged download) cannot be read cell by cell. Open the file in your spreadsheet program and save it as an Excel workbook (.xlsx), or ask for a new return.',
});
