import type { Account } from './progress-index.js';
import { combinedStatus, type ReportedStatus, type Status } from './status.js';

/** "be-2009:2.a" -> ["be-2009", "2.a"]: the plan and the action an action `continues`. */
export function splitContinues(ref: string): [planId: string, actionId: string] {
  const at = ref.indexOf(':');
  return [ref.slice(0, at), ref.slice(at + 1)];
}

/** An action's status in the latest year that reports it (several reports of a year combined), or undefined. */
export function lastReported(
  byYear: ReadonlyMap<number, ReadonlyMap<string, readonly Account[]>>,
  actionId: string,
): { status: Status; year: number } | undefined {
  const years = [...byYear.keys()].sort((a, b) => b - a);
  for (const year of years) {
    const accounts = byYear.get(year)?.get(actionId);
    if (accounts?.length)
      return { status: combinedStatus(accounts.map((a) => a.report.status as ReportedStatus)), year };
  }
  return undefined;
}
