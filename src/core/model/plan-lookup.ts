import { indicatorAt } from './indicator-key.js';
import type { Indicator, Plan } from './types.generated.js';
import { type ActionPlace, eachAction, idOf } from './walk.js';

/** A plan indexed for checking its progress files: actions by printed id, each actor's parent. */
export interface PlanLookup {
  plan: Plan;
  actions: ReadonlyMap<string, ActionPlace>;
  actorParents: ReadonlyMap<string, string | undefined>;
  /**
   * Every value (or assessor's remark) a file gives for an indicator of one of the plan's
   * actions, with the indicator its key names. Listed once per file for all the rules that read
   * them: on a large plan, each walk of every report of every year cost more than its checks.
   */
  entriesOf(file: ReportsFile): readonly IndicatorEntry[];
}

/** A progress file or an assessment: reports by action, each with entries by indicator key. */
export type ReportsFile = { actions: { [action: string]: { indicators?: object } | null | undefined } };

export interface IndicatorEntry {
  /** The action's key in the file, and where the action sits in the plan. */
  action: string;
  place: ActionPlace;
  /** The indicator's key in the file (a position or an id) and what the file gives for it. */
  key: string;
  value: unknown;
  /** The indicator the key names; undefined when the action has none such. */
  indicator: Indicator | undefined;
}

export function planLookup(plan: Plan, places: readonly ActionPlace[] = eachAction(plan)): PlanLookup {
  const actions = new Map<string, ActionPlace>();
  for (const place of places) if (!actions.has(idOf(place.action.id))) actions.set(idOf(place.action.id), place);
  const listed = new WeakMap<ReportsFile, IndicatorEntry[]>();
  return {
    plan,
    actions,
    actorParents: new Map(plan.actors.map((a) => [a.id, a.parent])),
    entriesOf(file) {
      const known = listed.get(file);
      if (known) return known;
      const entries = listEntries(file, actions);
      listed.set(file, entries);
      return entries;
    },
  };
}

function listEntries(file: ReportsFile, actions: ReadonlyMap<string, ActionPlace>): IndicatorEntry[] {
  const out: IndicatorEntry[] = [];
  for (const action in file.actions) {
    const values = file.actions[action]?.indicators as Record<string, unknown> | undefined;
    const place = actions.get(action);
    if (!values || !place) continue; // an action the plan does not have is NAP053's finding
    const list = place.action.indicators ?? [];
    for (const key in values) out.push({ action, place, key, value: values[key], indicator: indicatorAt(list, key) });
  }
  return out;
}
