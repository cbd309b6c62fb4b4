import type { IndicatorRow } from '../datacall/rows.js';
import { type Account, indexProgress, indicatorEntry, type ProgressFileData } from '../model/progress-index.js';
import { combinedStatus, type ReportedStatus, type Status } from '../model/status.js';
import type { Value } from '../model/types.generated.js';

/** What an actor reported for an action in a year: its own account, else one for the whole plan. */
export interface Previous {
  status?: Status;
  summary?: Account['report']['summary'];
  values: Map<string, Value>;
}

/** Last year's accounts of each action, as an actor's return shows them for reference. */
export class PreviousYear {
  readonly #year: Map<string, Account[]> | undefined;

  constructor(
    progress: readonly ProgressFileData[],
    readonly year: number,
    /** Each actor's parent: a parent's account answers for the actors under it. */
    readonly parents: ReadonlyMap<string, string | undefined> = new Map(),
  ) {
    this.#year = indexProgress(progress).get(year);
  }

  /** The actor and its parents, nearest first. */
  #line(actor: string): string[] {
    const line: string[] = [];
    for (let a: string | undefined = actor; a !== undefined && !line.includes(a); a = this.parents.get(a)) line.push(a);
    return line;
  }

  /** The actor's own account of an action (a file with the actor as reporter), if any. */
  own(actionId: string, actor: string): Account['report'] | undefined {
    return (this.#year?.get(actionId) ?? []).find((a) => a.reporter === actor)?.report;
  }

  of(actionId: string, actor: string, indicators: readonly IndicatorRow[]): Previous {
    const all = this.#year?.get(actionId) ?? [];
    // The nearest account that answers for the actor: its own, a parent's, else one for the whole plan.
    const line = this.#line(actor);
    const nearest = line.map((a) => all.filter((x) => x.reporter === a)).find((list) => list.length);
    const accounts = nearest ?? all.filter((a) => a.reporter === undefined);
    const values = new Map<string, Value>();
    for (const [i, row] of indicators.entries()) {
      for (const a of accounts) {
        const reported = a.report.indicators ?? {};
        const v = indicatorEntry(reported, row.key, i);
        if (v !== undefined && v !== null) values.set(row.key, v as Value);
      }
    }
    if (!accounts.length) return { values };
    const statuses = accounts.flatMap((a) => (a.report.status ? [a.report.status as ReportedStatus] : []));
    const out: Previous = { values };
    if (statuses.length) out.status = combinedStatus(statuses);
    const summary = accounts.find((a) => a.report.summary !== undefined)?.report.summary;
    if (summary !== undefined) out.summary = summary;
    return out;
  }
}
