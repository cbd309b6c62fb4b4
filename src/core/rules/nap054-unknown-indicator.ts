import { indicatorAt, indicatorByKey, indicatorIds } from '../model/indicator-key.js';
import type { PlanLookup } from '../model/plan-lookup.js';
import { closest } from '../model/suggest.js';
import { reportPointer } from '../model/walk.js';
import type { FileContext } from './context.js';
import { defineRule } from './rule.js';

type Named = { indicators?: Record<string, unknown> };

/** Progress files and assessments alike: every indicator a value or remark names must be its action's. */
function check(file: { actions: { [k: string]: Named | undefined } }, ctx: FileContext & { lookup: PlanLookup }) {
  for (const key in file.actions) {
    const named = file.actions[key]?.indicators;
    const place = ctx.lookup.actions.get(key);
    if (!named || !place) continue; // an unknown action is NAP053's finding
    const list = place.action.indicators ?? [];
    for (const k in named) {
      if (indicatorAt(list, k) !== undefined) continue;
      const { position } = indicatorByKey(list, k);
      const pointer = reportPointer(key);
      const ids = indicatorIds(list);
      const choices = [...list.map((_, i) => String(i + 1)), ...ids];
      const guess = closest(k, ids);
      ctx.report(
        `${pointer}/indicators/${k}`,
        position !== undefined
          ? `action ${key} has ${list.length} indicator${list.length === 1 ? '' : 's'}, so there is no indicator ${position}`
          : `action ${key} has no indicator with id '${k}'${guess ? ` — did you mean '${guess}'?` : ''}`,
        choices.length ? `use one of: ${choices.join(', ')}` : 'add the indicator to the action in plan.yaml first',
        'key',
      );
    }
  }
}

export const nap054 = defineRule({
  code: 'NAP054',
  severity: 'error',
  title: 'Unknown indicator',
  explanation:
    "A reported value (or an assessor's remark) names its indicator by position (1, 2, ...) or by id; one the action does not have cannot be shown. Use one of the action's indicators, or add the indicator to the plan first.",
  checks: {
    progress: check,
    assessment: check,
  },
});
