import { defineRule } from './rule.js';

export const nap058 = defineRule({
  code: 'NAP058',
  severity: 'error',
  title: 'Progress file outside a year',
  explanation:
    'A progress file gives its year by its name (progress/2015.yaml) or its folder (progress/2015/defence.yaml), so that years are never mixed up. Rename or move the file.',
  checks: {
    folder(ctx) {
      for (const f of ctx.progress) {
        if (f.yearFromName !== undefined) continue;
        f.reportFile(
          'a progress file must be named after its year (progress/2015.yaml) or sit in a folder named after it (progress/2015/defence.yaml)',
          'rename or move the file',
        );
      }
    },
  },
});
