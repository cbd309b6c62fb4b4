import { scalesOf } from '../model/assessment.js';
import { closest } from '../model/suggest.js';
import { defineRule } from './rule.js';

export const nap072 = defineRule({
  code: 'NAP072',
  severity: 'error',
  title: 'Unknown assessment scale',
  explanation:
    "An assessment's `scale` names one of the plan's `scales`, or completion, the built-in scale of OGP's Independent Reporting Mechanism; ratings on an unknown scale cannot be compared with the government's statuses. Correct the name, declare the scale in plan.yaml, or leave `scale` out.",
  checks: {
    assessment(a, ctx) {
      if (a.scale === undefined) return;
      const ids = [...scalesOf(ctx.lookup.plan).keys()];
      if (ids.includes(a.scale)) return;
      const guess = closest(a.scale, ids);
      ctx.report(
        '/scale',
        `there is no scale '${a.scale}'${guess ? ` — did you mean '${guess}'?` : ''}; the plan's scales are: ${ids.join(', ')}`,
        guess ? `write '${guess}'` : "declare the scale under scales in plan.yaml, or remove 'scale' to use completion",
      );
    },
  },
});
