import { closest } from '../model/suggest.js';
import { defineRule } from './rule.js';

export const nap070 = defineRule({
  code: 'NAP070',
  severity: 'error',
  title: 'Assessor not declared',
  explanation:
    "An assessment names its assessor by the id of one of the plan's actors, or declares the assessor in the file itself ({ id, name, type }); an id that is neither cannot be named in any document. Correct the id, or declare the assessor in the file.",
  checks: {
    assessment(a, ctx) {
      if (typeof a.assessor !== 'string') return;
      const { actors } = ctx.lookup.plan;
      if (actors.some((x) => x.id === a.assessor)) return;
      const guess = closest(
        a.assessor,
        actors.map((x) => x.id),
      );
      ctx.report(
        '/assessor',
        `the assessor '${a.assessor}' is not one of the plan's actors${guess ? ` — did you mean '${guess}'?` : ''}`,
        `declare the assessor in this file: assessor: { id: ${a.assessor}, name: ..., type: civil-society }${guess ? `, or write '${guess}'` : ''}`,
      );
    },
  },
});
