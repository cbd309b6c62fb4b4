import { defineRule } from './rule.js';

export const nap044 = defineRule({
  code: 'NAP044',
  severity: 'error',
  title: 'Actor parents form a loop',
  explanation:
    "An actor's parents lead back to the actor itself, so who answers for whom cannot be worked out. Break the loop: one of these actors must have no parent, or another one.",
  checks: {
    plan(plan, ctx) {
      const parent = new Map(plan.actors.map((a) => [a.id, a.parent]));
      plan.actors.forEach((a, i) => {
        const seen = new Set<string>([a.id]);
        for (let p = a.parent; p !== undefined; p = parent.get(p)) {
          if (seen.has(p)) {
            // Reported on each actor of the loop, not on those merely hanging below it.
            if (p === a.id)
              ctx.report(
                `/actors/${i}/parent`,
                `actor ${a.id} is its own ancestor through its parents`,
                'break the loop: one of these actors must have no parent or another one',
              );
            break;
          }
          seen.add(p);
        }
      });
    },
  },
});
