import { eachId } from '../model/walk.js';
import { defineRule } from './rule.js';

/** The YAML stage raises it for keys (`1.10:`); the check below, for ids written as values. */
export const nap030 = defineRule({
  code: 'NAP030',
  severity: 'error',
  title: 'Id changed by YAML number parsing',
  stage: 'yaml',
  explanation:
    'YAML reads an id written as 1.10 as the number 1.1 (and 1.0 as 1), so it would print otherwise than written and could clash with another id. Put such ids in quotes: "1.10".',
  checks: {
    plan(plan, ctx) {
      if (ctx.changedNumbers.size === 0) return; // most plans: no number is written otherwise than it reads
      for (const { id, pointer } of eachId(plan, ctx.places)) {
        const written = typeof id === 'number' ? ctx.changedNumbers.get(pointer) : undefined;
        if (written !== undefined && written !== String(id)) {
          ctx.report(
            pointer,
            `the id ${written} is read by YAML as the number ${id}, so it would print as '${id}'`,
            `put it in quotes: "${written}"`,
          );
        }
      }
    },
  },
});
