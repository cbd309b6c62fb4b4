import type { AccountsByYear } from '../model/accountability.js';
import type { Formatter } from '../model/format.js';
import type { TextPicker } from '../model/text.js';
import type { Plan } from '../model/types.generated.js';
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
