import { defineRule } from './rule.js';

export const nap034 = defineRule({
  code: 'NAP034',
  severity: 'error',
  title: 'Period starts after it ends',
  explanation: 'A period that starts after it ends is a slip, and leaves no year to report on. Swap start and end.',
  checks: {
    plan({ period }, ctx) {
      if (period.start > period.end)
        ctx.report(
          '/period',
          `the period starts in ${period.start}, after it ends in ${period.end}`,
          'swap start and end',
        );
    },
  },
});
