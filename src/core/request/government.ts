import type { ActionRow } from '../datacall/rows.js';
import { plainValue } from '../datacall/rows.js';
import { accountability } from '../model/accountability.js';
import type { Formatter } from '../model/format.js';
import { type Account, indexProgress, type ProgressFileData, reportedValue } from '../model/progress-index.js';
import type { TextPicker } from '../model/text.js';
import type { Plan } from '../model/types.generated.js';

/** The government's account of one action for one year, in words, as an assessor's return quotes it. */
export interface GovernmentAccount {
  status: string;
  summary: string;
  /** Each indicator's value for the year, by indicator key. */
  values: Map<string, string>;
}

/**
 * The government's account of a year, action by action: the action's status by the rules of
 * docs/format.md (the least advanced of its accounts, or discontinued since an earlier year), and
 * each reporter's summary and values, named when there are several.
 */
export class GovernmentYear {
  readonly #byYear: ReturnType<typeof indexProgress>;
  readonly #parents: Map<string, string | undefined>;

  constructor(
    progress: readonly ProgressFileData[],
    readonly year: number,
    readonly plan: Plan,
    readonly f: Formatter,
    readonly pick: TextPicker,
    readonly actorName: (id: string) => string,
  ) {
    this.#byYear = indexProgress(progress);
    this.#parents = new Map(plan.actors.map((a) => [a.id, a.parent]));
  }

  of(row: ActionRow): GovernmentAccount {
    const { f } = this;
    const accounts = this.#byYear.get(this.year)?.get(row.id) ?? [];
    const who = accountability(row.action, this.year, this.#byYear, this.#parents);
    const status =
      who.discontinuedSince !== undefined
        ? f.t('assessorReturn.since', { status: f.t('status.discontinued'), year: who.discontinuedSince })
        : f.t(`status.${who.status}`);
    const named = (a: Account, s: string) =>
      accounts.length > 1 && a.reporter !== undefined ? `${this.actorName(a.reporter)}: ${s}` : s;
    const summary = accounts
      .filter((a) => a.report.summary !== undefined)
      .map((a) => named(a, this.pick.pick(a.report.summary, row.id)))
      .join('\n\n');
    const values = new Map<string, string>();
    for (const [i, ind] of row.indicators.entries()) {
      const id = typeof ind.indicator === 'string' ? undefined : ind.indicator.id;
      const shown = accounts.flatMap((a) => {
        const v = reportedValue(a, i, id);
        if (v === undefined || v === null) return [];
        return [
          named(
            a,
            plainValue(v, f.t('datacall.yes'), f.t('datacall.no'), (k) => f.t(`common.${k}`)),
          ),
        ];
      });
      if (shown.length) values.set(ind.key, shown.join('\n'));
    }
    return { status, summary, values };
  }
}
