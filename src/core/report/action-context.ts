import type { Formatter } from '../model/format.js';
import type { Account } from '../model/progress-index.js';
import type { TextPicker } from '../model/text.js';
import type { Plan, Value } from '../model/types.generated.js';
import type { AccountsByYear } from './accountability.js';
import type { EarlierEdition } from './history.js';

/** What the views of one report share: the plan, the year, its words and every year's accounts. */
export interface ActionContext {
  plan: Plan;
  year: number;
  f: Formatter;
  text: TextPicker;
  byYear: AccountsByYear;
  parents: ReadonlyMap<string, string | undefined>;
  actorNames: ReadonlyMap<string, string>;
  markdown: (s: string) => string;
  earlier?: ReadonlyMap<string, EarlierEdition> | undefined;
}

/** The value an account reports for the indicator at index i (by position or id). */
export function reportedValue(a: Account, i: number, indicatorId: string | undefined): Value | undefined {
  // Own keys only: an indicator id such as "constructor" must not find Object's.
  const own = (key: string) =>
    a.report.indicators && Object.hasOwn(a.report.indicators, key) ? a.report.indicators[key] : undefined;
  return own(String(i + 1)) ?? (indicatorId !== undefined ? own(indicatorId) : undefined);
}
