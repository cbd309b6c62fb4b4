import { defineRule } from './rule.js';

const NUMERIC = new Set(['count', 'percent', 'amount']);
const PER_SEX = new Set(['total', 'women', 'share-women']);

export const nap061 = defineRule({
  code: 'NAP061',
  severity: 'error',
  title: 'Progress measure does not fit the indicator',
  explanation:
    "An indicator's `progressBy` names what progress towards its target is measured on: a number (unit count, percent or amount), and for values per sex their total, the value for women or the share of women. A measure the values cannot give would leave the report without a trend. Choose a measure that fits, or change the indicator.",
  checks: {
    plan(_plan, ctx) {
      for (const { action, pointer } of ctx.places) {
        action.indicators?.forEach((ind, k) => {
          if (typeof ind === 'string' || ind.progressBy === undefined) return;
          const at = `${pointer}/indicators/${k}/progressBy`;
          const what = `indicator ${k + 1} of action ${action.id}`;
          const bySex = ind.disaggregation?.includes('sex') === true;
          if (!NUMERIC.has(ind.unit ?? 'text')) {
            ctx.report(
              at,
              `${what} has the unit '${ind.unit ?? 'text'}': progress can only be measured on numbers`,
              "give it the unit count, percent or amount, or remove 'progressBy'",
            );
          } else if (bySex && ind.progressBy === 'value') {
            ctx.report(
              at,
              `${what} is given per sex, so it has no single value to measure progress on`,
              'write progressBy: total, women or share-women',
            );
          } else if (!bySex && PER_SEX.has(ind.progressBy)) {
            ctx.report(
              at,
              `${what} is not given per sex, so '${ind.progressBy}' cannot be measured`,
              "write progressBy: value, or add 'disaggregation: [sex]'",
            );
          }
        });
      }
    },
  },
});
