import { defineRule } from './rule.js';

export const nap075 = defineRule({
  code: 'NAP075',
  severity: 'error',
  title: 'Assessor declared under an id of the plan',
  explanation:
    "An assessor declared in the assessment file must have an id of its own: one the plan already gives an actor would make two actors of one id, with two names. Name the plan's actor (assessor: <id>), or choose another id.",
  checks: {
    assessment(a, ctx) {
      if (typeof a.assessor === 'string') return;
      const { id } = a.assessor;
      if (!ctx.lookup.plan.actors.some((x) => x.id === id)) return;
      ctx.report(
        '/assessor/id',
        `the plan already has an actor '${id}', declared again here`,
        `write assessor: ${id} to name the plan's actor, or give the assessor another id`,
      );
    },
  },
});
