import type { ActionReport, Progress, Value } from './types.generated.js';

export interface Account {
  report: ActionReport;
  reporter?: string;
  /** The progress file, as shown to the user. */
  file: string;
  illustrative: boolean;
}

export interface ProgressFileData {
  file: string;
  data: Progress;
}

/** Accounts of each action for each year: year -> action id -> accounts (one per reporting file). */
export function indexProgress(files: readonly ProgressFileData[]): Map<number, Map<string, Account[]>> {
  const byYear = new Map<number, Map<string, Account[]>>();
  for (const { file, data } of files) {
    const year = byYear.get(data.year) ?? new Map<string, Account[]>();
    byYear.set(data.year, year);
    for (const [id, report] of Object.entries(data.actions)) {
      if (!report) continue;
      const account: Account = { report, file, illustrative: data.illustrative === true };
      if (data.reporter !== undefined) account.reporter = data.reporter;
      year.set(id, [...(year.get(id) ?? []), account]);
    }
  }
  return byYear;
}

/** The value an account reports for the indicator at index i (by position or id). */
export function reportedValue(a: Account, i: number, indicatorId: string | undefined): Value | undefined {
  // Own keys only: an indicator id such as "constructor" must not find Object's.
  const own = (key: string) =>
    a.report.indicators && Object.hasOwn(a.report.indicators, key) ? a.report.indicators[key] : undefined;
  return own(String(i + 1)) ?? (indicatorId !== undefined ? own(indicatorId) : undefined);
}

/**
 * An indicator's entry in a map of indicators (values reported, or an assessor's remarks): under
 * its key (its id, or its position when it has none) as an own key, else under its position.
 */
export function indicatorEntry<T>(map: Readonly<Record<string, T>>, key: string, index: number): T | undefined {
  return Object.hasOwn(map, key) ? map[key] : map[String(index + 1)];
}
