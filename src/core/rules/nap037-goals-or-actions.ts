import { defineRule } from './rule.js';

export const nap037 = defineRule({
  code: 'NAP037',
  severity: 'error',
  title: 'Objective needs goals or actions, not both',
  explanation:
    'An objective holds either goals, each with its actions, or actions directly; with both or neither, the structure of the plan is unclear. Move the actions into a goal, or drop the goals level.',
  checks: {
    plan(plan, ctx) {
      plan.objectives.forEach((o, i) => {
        if (o.goals && o.actions) {
          ctx.report(
            `/objectives/${i}/actions`,
            `objective ${o.id} has both goals and actions`,
            'move the actions into a goal, or drop the goals level for this objective',
            'key',
          );
        } else if (!o.goals && !o.actions) {
          ctx.report(
            `/objectives/${i}`,
            `objective ${o.id} has neither goals nor actions`,
            "add 'goals:' (each with actions) or 'actions:'",
            'key',
          );
        }
      });
    },
  },
});
