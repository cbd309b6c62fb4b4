import { ASSESSOR_TYPES, assessorOf } from '../model/assessment.js';
import { defineRule } from './rule.js';

export const nap071 = defineRule({
  code: 'NAP071',
  severity: 'error',
  title: 'Assessor is not independent of the government',
  explanation:
    "An independent assessment comes from civil society, academia or parliament; a government department's rating is its own account, which belongs in a progress file. Give the assessor its type (civil-society, academia or parliament), or report the department's view in progress/.",
  checks: {
    assessment(a, ctx) {
      const who = assessorOf(a, ctx.lookup.plan);
      if (!who || (who.type !== undefined && ASSESSOR_TYPES.has(who.type))) return;
      const pointer = who.inFile ? '/assessor/type' : '/assessor';
      const what = who.type === undefined ? 'has no type' : `is of type ${who.type}`;
      ctx.report(
        pointer,
        `the assessor '${who.id}' ${what}; an independent assessment comes from civil-society, academia or parliament`,
        who.inFile
          ? 'set type: civil-society, academia or parliament'
          : `give actor ${who.id} in plan.yaml its type (civil-society, academia or parliament), or put a department's view in a progress file`,
      );
    },
  },
});
