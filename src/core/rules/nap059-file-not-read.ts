import { defineRule } from './rule.js';

/** Raised while a plan folder is listed (load/plan-files.ts). */
export const nap059 = defineRule({
  code: 'NAP059',
  severity: 'warning',
  title: 'File not read',
  stage: 'read',
  explanation:
    'nap reads plan.yaml, the .yaml files in progress/ and progress/<year>/, narrative/<year>.yaml, and assessments/<year>.yaml and assessments/<year>/*.yaml only, so any other file in a plan folder (a 2016.yaml beside plan.yaml, a notes.txt, a backup such as 2015.yml.bak, a folder inside a year folder, a narrative/intro.md) is not checked and never reaches a report. Move the file to where nap reads it, or ignore the warning when the file is not part of the plan.',
});
