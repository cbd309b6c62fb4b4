import { DEFAULT_SCALE_ID } from '../model/assessment.js';
import { defineRule } from './rule.js';

export const nap076 = defineRule({
  code: 'NAP076',
  severity: 'error',
  title: 'Scale or level declared twice',
  explanation:
    "Assessments name a scale by its id and a rating by its level's id; a scale or a level of a scale declared twice would make a rating mean two things. Remove the second one, or give it another id.",
  checks: {
    plan(plan, ctx) {
      const scales = new Map<string, number>();
      (plan.scales ?? []).forEach((scale, si) => {
        const first = scales.get(scale.id);
        if (first !== undefined)
          ctx.report(
            `/scales/${si}/id`,
            `the scale '${scale.id}' is declared twice (first on line ${ctx.line(`/scales/${first}/id`)})`,
            `give this scale another id${scale.id === DEFAULT_SCALE_ID ? '' : ', or remove it'}`,
          );
        else scales.set(scale.id, si);
        const levels = new Map<string, number>();
        scale.levels.forEach((level, li) => {
          const at = levels.get(level.id);
          if (at === undefined) levels.set(level.id, li);
          else
            ctx.report(
              `/scales/${si}/levels/${li}/id`,
              `the level '${level.id}' of scale ${scale.id} is declared twice (first on line ${ctx.line(`/scales/${si}/levels/${at}/id`)})`,
              'give the level another id, or remove it',
            );
        });
      });
    },
  },
});
