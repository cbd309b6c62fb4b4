import { splitContinues } from '../model/lineage.js';
import { defineRule } from './rule.js';

export const nap081 = defineRule({
  code: 'NAP081',
  severity: 'error',
  title: 'Action continues its own plan',
  explanation:
    '`continues` links an action to an earlier edition of the plan; naming the plan itself makes a history that loops. Name the previous edition (usually the one in `supersedes`).',
  checks: {
    plan(plan, ctx) {
      for (const { action, pointer } of ctx.places) {
        if (action.continues === undefined || splitContinues(action.continues)[0] !== plan.id) continue;
        ctx.report(
          `${pointer}/continues`,
          `the action continues '${action.continues}', in this very plan`,
          plan.supersedes
            ? `name the action of the previous edition: continues: ${plan.supersedes}:<action id>`
            : 'name the action of an earlier edition: continues: <plan id>:<action id>',
        );
      }
    },
  },
});
