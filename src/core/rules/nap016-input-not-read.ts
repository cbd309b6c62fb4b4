import { defineRule } from './rule.js';

/** Raised while a plan folder is listed (load/plan-files.ts) and when a file is opened (load/read.ts). */
export const nap016 = defineRule({
  code: 'NAP016',
  severity: 'error',
  title: 'Input file not read',
  stage: 'read',
  explanation:
    'nap reads only regular files inside the plans folder: a link that leads out of it (to ~/.npmrc, say), a broken link, a named pipe or a device, and a file or folder whose name is not valid UTF-8 are refused unread, so that a plan can never show a private file. Copy the file into the plans folder instead of linking to it, or rename it.',
});
