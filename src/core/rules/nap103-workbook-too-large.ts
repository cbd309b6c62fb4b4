import { defineRule } from './rule.js';

/** Raised while a return is collected (core/collect/). */
export const nap103 = defineRule({
  code: 'NAP103',
  severity: 'error',
  title: 'Workbook beyond the size limits',
  stage: 'collect',
  explanation:
    'A return is refused before it is opened when it is larger than the limits of README (20 MiB compressed, 100 MiB unpacked, 100 times its size when unpacked, 20,000 rows and 500,000 cells a sheet): no return is that large, and a zip bomb is built to exhaust memory. Check that this is the right file, or remove what was pasted into it.',
});
