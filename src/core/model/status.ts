export const STATUSES = ['completed', 'in-progress', 'delayed', 'not-started', 'discontinued', 'not-reported'] as const;
export type Status = (typeof STATUSES)[number];
export type ReportedStatus = Exclude<Status, 'not-reported'>;

// docs/format.md: not-started < delayed < in-progress < completed; discontinued is shown apart.
const advancement: ReadonlyMap<string, number> = new Map([
  ['not-started', 0],
  ['delayed', 1],
  ['in-progress', 2],
  ['completed', 3],
]);

/** The status of an action with several accounts in a year: the least advanced; discontinued only when all say so. */
export function combinedStatus(statuses: readonly ReportedStatus[]): Status {
  if (!statuses.length) return 'not-reported';
  const active = statuses.filter((s) => s !== 'discontinued');
  if (!active.length) return 'discontinued';
  return active.reduce((a, b) => (advancement.get(a)! <= advancement.get(b)! ? a : b));
}

/** +1 when `to` is further along than `from`, -1 when behind, 0 when not comparable or equal. */
export function direction(from: Status, to: Status): -1 | 0 | 1 {
  const a = advancement.get(from);
  const b = advancement.get(to);
  if (a === undefined || b === undefined || a === b) return 0;
  return b > a ? 1 : -1;
}

/** How far along a status is (not-started 0 … completed 3), to measure a difference; undefined for discontinued and not-reported. */
export function advancementOf(status: Status): number | undefined {
  return advancement.get(status);
}
