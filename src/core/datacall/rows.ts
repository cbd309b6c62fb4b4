import { TextPicker } from '../model/text.js';
import type { Action, Indicator, Plan, Value } from '../model/types.generated.js';
import { eachAction, idOf, pathOf } from '../model/walk.js';

export type Unit = 'count' | 'percent' | 'amount' | 'yes-no' | 'text';

/** One indicator row of a return: keyed like a progress file (its id, or its 1-based position). */
export interface IndicatorRow {
  action: string;
  key: string;
  indicator: Indicator;
  text: string;
  unit: Unit;
  bySex: boolean;
  currency?: string;
}

/** One action row of a return: what the actor is responsible for, with where it sits. */
export interface ActionRow {
  id: string;
  action: Action;
  /** Objective and goal ids: "1 > 2". */
  where: string;
  text: string;
  actors: string[];
  indicators: IndicatorRow[];
}

export function unitOf(indicator: Indicator): Unit {
  return typeof indicator === 'string' ? 'text' : (indicator.unit ?? 'text');
}

/** The key a progress file gives an indicator: its id, or its 1-based position. */
export function indicatorKey(indicator: Indicator, index: number): string {
  return typeof indicator !== 'string' && indicator.id !== undefined ? indicator.id : String(index + 1);
}

/** The actions an actor is responsible for (it is among their `actors`), in document order. */
export function actorRows(plan: Plan, actor: string, lang: string = plan.lang): ActionRow[] {
  return planRows(plan, lang, (action) => action.actors.includes(actor));
}

/** Every action of the plan (an assessor's return), or those a filter keeps, in document order. */
export function planRows(plan: Plan, lang: string = plan.lang, keep: (a: Action) => boolean = () => true): ActionRow[] {
  const pick = new TextPicker(lang, plan.lang);
  const rows: ActionRow[] = [];
  for (const { action, objective, goal } of eachAction(plan)) {
    if (!keep(action)) continue;
    const id = idOf(action.id);
    rows.push({
      id,
      action,
      where: pathOf({ objective, goal }),
      text: pick.pick(action.text, id),
      actors: action.actors,
      indicators: (action.indicators ?? []).map((indicator, i) => {
        const row: IndicatorRow = {
          action: id,
          key: indicatorKey(indicator, i),
          indicator,
          text: pick.pick(typeof indicator === 'string' ? indicator : indicator.text, id),
          unit: unitOf(indicator),
          bySex: typeof indicator !== 'string' && (indicator.disaggregation ?? []).includes('sex'),
        };
        if (typeof indicator !== 'string' && indicator.currency) row.currency = indicator.currency;
        return row;
      }),
    });
  }
  return rows;
}

/** Every actor responsible for at least one action, in the order the plan declares them. */
export function responsibleActors(plan: Plan): string[] {
  const used = new Set<string>();
  for (const { action } of eachAction(plan)) for (const a of action.actors) used.add(a);
  return plan.actors.map((a) => a.id).filter((id) => used.has(id));
}

/** A value for people: numbers as they are, yes/no, values per sex joined. */
export function plainValue(
  value: Value | undefined,
  yes: string,
  no: string,
  sex: (key: string) => string = (k) => k,
): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? yes : no;
  if (typeof value === 'object') {
    return Object.entries(value)
      .map(([k, v]) => `${sex(k)} ${v}`)
      .join(', ');
  }
  return String(value);
}
