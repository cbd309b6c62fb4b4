import type { Account } from './progress-index.js';
import { combinedStatus, type ReportedStatus, type Status } from './status.js';
import type { Action } from './types.generated.js';

/** Who answered for one action in one year (docs/format.md, "Accountability"). */
export interface Accountability {
  /** The action's status: its accounts' least advanced, or discontinued since an earlier year. */
  status: Status;
  /** The year an earlier account discontinued the action, when no account came this year. */
  discontinuedSince?: number;
  /** Actor ids expected to report: the action's actors. */
  expected: string[];
  /** Those covered by an account: their own, a parent's, or a file without reporter. */
  reported: string[];
  /** Those expected who sent nothing; empty for a discontinued action. */
  missing: string[];
  /** Each actor's own status: that of the accounts covering it. */
  byActor: Map<string, Status>;
}

/** Accounts of every year, by year then action id. */
export type AccountsByYear = ReadonlyMap<number, ReadonlyMap<string, readonly Account[]>>;

/**
 * Whether an account by `reporter` speaks for an actor: it has no reporter (the whole file), or
 * the actor or one of its parents reported it.
 */
export function covers(
  reporter: string | undefined,
  actor: string,
  parents: ReadonlyMap<string, string | undefined>,
): boolean {
  if (reporter === undefined) return true;
  const seen = new Set<string>();
  for (let a: string | undefined = actor; a !== undefined && !seen.has(a); a = parents.get(a)) {
    if (a === reporter) return true;
    seen.add(a);
  }
  return false;
}

/** The year the action was last discontinued before `year`, if no later account took it up again. */
export function discontinuedBefore(id: string, year: number, byYear: AccountsByYear): number | undefined {
  const years = [...byYear.keys()].filter((y) => y < year).sort((a, b) => b - a);
  for (const y of years) {
    const accounts = byYear.get(y)?.get(id) ?? [];
    if (!accounts.length) continue;
    const status = combinedStatus(accounts.map((a) => a.report.status as ReportedStatus));
    if (status !== 'discontinued') return undefined;
    // The earliest year of an unbroken run of discontinued accounts.
    return discontinuedBefore(id, y, byYear) ?? y;
  }
  return undefined;
}

export function accountability(
  action: Action,
  year: number,
  byYear: AccountsByYear,
  parents: ReadonlyMap<string, string | undefined>,
): Accountability {
  const id = String(action.id);
  const accounts = byYear.get(year)?.get(id) ?? [];
  const expected = [...action.actors];
  let status = combinedStatus(accounts.map((a) => a.report.status as ReportedStatus));
  const since = accounts.length ? undefined : discontinuedBefore(id, year, byYear);
  if (since !== undefined) status = 'discontinued';
  const byActor = new Map<string, Status>();
  for (const actor of expected) {
    const own = accounts.filter((a) => covers(a.reporter, actor, parents));
    byActor.set(
      actor,
      own.length
        ? combinedStatus(own.map((a) => a.report.status as ReportedStatus))
        : since !== undefined
          ? 'discontinued'
          : 'not-reported',
    );
  }
  const reported = expected.filter((a) => accounts.some((x) => covers(x.reporter, a, parents)));
  const missing = since !== undefined ? [] : expected.filter((a) => !reported.includes(a));
  const result: Accountability = { status, expected, reported, missing, byActor };
  if (since !== undefined) result.discontinuedSince = since;
  return result;
}
