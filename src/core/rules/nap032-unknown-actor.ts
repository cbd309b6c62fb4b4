import { closest } from '../model/suggest.js';
import { defineRule } from './rule.js';

export const nap032 = defineRule({
  code: 'NAP032',
  severity: 'error',
  title: 'Unknown actor',
  explanation:
    'Every actor a plan names (as a parent, a coordinator, an actor or the lead of an action) and the reporter of a progress file must be declared under `actors`, so that documents name them correctly. Correct the spelling, or declare the actor.',
  checks: {
    plan(plan, ctx) {
      const ids = new Set(plan.actors.map((a) => a.id));
      const known = [...ids];
      const ref = (id: string, pointer: string, role: string) => {
        if (ids.has(id)) return;
        const guess = closest(id, known);
        ctx.report(
          pointer,
          `${role} '${id}', which is not declared under actors${guess ? ` — did you mean '${guess}'?` : ''}`,
          guess
            ? `write '${guess}', or declare '${id}' under actors`
            : `declare it under actors (id, name), or use one of: ${known.slice(0, 12).join(', ')}${known.length > 12 ? ', …' : ''}`,
        );
      };
      plan.actors.forEach((a, i) => {
        if (a.parent !== undefined) ref(a.parent, `/actors/${i}/parent`, `actor ${a.id} has the parent`);
      });
      plan.coordinators?.forEach((c, i) => {
        ref(c, `/coordinators/${i}`, 'the plan names the coordinator');
      });
      for (const { action, pointer } of ctx.places) {
        action.actors.forEach((a, i) => {
          ref(a, `${pointer}/actors/${i}`, `action ${action.id} lists the actor`);
        });
        if (action.lead !== undefined) ref(action.lead, `${pointer}/lead`, `action ${action.id} has the lead`);
      }
    },
    progress(p, ctx) {
      const actors = ctx.lookup.actorParents;
      if (p.reporter === undefined || actors.has(p.reporter)) return;
      const guess = closest(p.reporter, [...actors.keys()]);
      ctx.report(
        '/reporter',
        `the reporter '${p.reporter}' is not declared under the plan's actors${guess ? ` — did you mean '${guess}'?` : ''}`,
        guess ? `write '${guess}'` : "use the id of one of the plan's actors",
      );
    },
  },
});
