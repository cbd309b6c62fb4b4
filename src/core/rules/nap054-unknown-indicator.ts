import { indicatorByKey, indicatorIds } from '../model/indicator-key.js';
import type { PlanLookup, ReportsFile } from '../model/plan-lookup.js';
import { closest } from '../model/suggest.js';
import { reportPointer } from '../model/walk.js';
import type { FileContext } from './context.js';
import { defineRule } from './rule.js';

/** Progress files and assessments alike: every indicator a value or remark names must be its action's. */
function check(file: ReportsFile, ctx: FileContext & { lookup: PlanLookup }) {
  for (const { action, place, key, indicator } of ctx.lookup.entriesOf(file)) {
    if (indicator !== undefined) continue;
    const list = place.action.indicators ?? [];
    const { position } = indicatorByKey(list, key);
    const ids = indicatorIds(list);
    const choices = [...list.map((_, i) => String(i + 1)), ...ids];
    const guess = closest(key, ids);
    ctx.report(
      `${reportPointer(action)}/indicators/${key}`,
      position !== undefined
        ? `action ${action} has ${list.length} indicator${list.length === 1 ? '' : 's'}, so there is no indicator ${position}`
        : `action ${action} has no indicator with id '${key}'${guess ? ` — did you mean '${guess}'?` : ''}`,
      choices.length ? `use one of: ${choices.join(', ')}` : 'add the indicator to the action in plan.yaml first',
      'key',
    );
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
