import { defineRule } from './rule.js';

export const nap052 = defineRule({
  code: 'NAP052',
  severity: 'error',
  title: 'Year differs from the file name',
  explanation:
    'A progress file is named after its year (progress/2015.yaml, or a file in progress/2015/), and so are a narrative (narrative/2015.yaml) and an assessment (assessments/2015.yaml, assessments/2015/<assessor>.yaml); the `year` inside must agree, or documents would mix up years. Correct the year, or move the file.',
  checks: {
    progress(p, ctx) {
      if (ctx.yearFromName === undefined || ctx.yearFromName === p.year) return;
      ctx.report(
        '/year',
        `the file says year ${p.year}, but its name or folder says ${ctx.yearFromName}`,
        `set year: ${ctx.yearFromName}, or move the file to progress/${p.year}`,
      );
    },
    narrative(n, ctx) {
      if (ctx.yearFromName === undefined || ctx.yearFromName === n.year) return;
      ctx.report(
        '/year',
        `the narrative says year ${n.year}, but its name says ${ctx.yearFromName}`,
        `set year: ${ctx.yearFromName}, or rename the file to narrative/${n.year}.yaml`,
      );
    },
    assessment(a, ctx) {
      if (ctx.yearFromName === undefined || ctx.yearFromName === a.year) return;
      ctx.report(
        '/year',
        `the assessment says year ${a.year}, but its name or folder says ${ctx.yearFromName}`,
        `set year: ${ctx.yearFromName}, or move the file to assessments/${a.year}`,
      );
    },
  },
});
