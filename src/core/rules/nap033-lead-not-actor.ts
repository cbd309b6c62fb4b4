import { defineRule } from './rule.js';

export const nap033 = defineRule({
  code: 'NAP033',
  severity: 'error',
  title: 'Lead is not among the actors',
  explanation:
    "The lead of an action is one of the actors responsible for it. Add the lead to the action's actors, or choose the lead among them.",
  checks: {
    plan(plan, ctx) {
      const declared = new Set(plan.actors.map((a) => a.id));
      for (const { action, pointer } of ctx.places) {
        // An undeclared lead is NAP032's finding, not this one's.
        if (action.lead === undefined || !declared.has(action.lead) || action.actors.includes(action.lead)) continue;
        ctx.report(
          `${pointer}/lead`,
          `the lead of action ${action.id}, '${action.lead}', is not among its actors`,
          `add '${action.lead}' to actors, or choose the lead among: ${action.actors.join(', ')}`,
        );
      }
    },
  },
});
