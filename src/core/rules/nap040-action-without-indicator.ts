import { defineRule } from './rule.js';

export const nap040 = defineRule({
  code: 'NAP040',
  severity: 'warning',
  title: 'Action without indicator',
  explanation:
    'An action without an indicator can only be followed in words, never measured. Add at least one indicator (a monitoring instrument).',
  checks: {
    plan(_plan, ctx) {
      for (const { action, pointer } of ctx.places) {
        if (action.indicators?.length) continue;
        ctx.report(
          `${pointer}/id`,
          `action ${action.id} has no indicator: its progress can only be told in words`,
          "add 'indicators:' with at least one monitoring instrument",
        );
      }
    },
  },
});
