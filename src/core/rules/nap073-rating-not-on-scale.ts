import { scaleOf } from '../model/assessment.js';
import { closest } from '../model/suggest.js';
import { eachReport, reportPointer } from '../model/walk.js';
import { defineRule } from './rule.js';

export const nap073 = defineRule({
  code: 'NAP073',
  severity: 'error',
  title: 'Rating not on the scale',
  explanation:
    "A rating must be one of the levels of the assessment's scale (by default: no-evidence, not-started, limited, substantial, complete), or it cannot be shown or compared with the government's status. Use a level of the scale.",
  checks: {
    assessment(a, ctx) {
      const scale = scaleOf(a, ctx.lookup.plan);
      if (!scale) return; // an unknown scale is NAP072's finding
      const ids = scale.levels.map((l) => l.id);
      for (const { key, report } of eachReport(a)) {
        if (ids.includes(report.rating)) continue;
        const guess = closest(report.rating, ids);
        ctx.report(
          `${reportPointer(key)}/rating`,
          `the rating '${report.rating}' of action ${key} is not a level of the scale ${scale.id}${guess ? ` — did you mean '${guess}'?` : ''}`,
          guess ? `write '${guess}'` : `use one of: ${ids.join(', ')}`,
        );
      }
    },
  },
});
