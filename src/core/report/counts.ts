import type { Formatter } from '../model/format.js';
import { STATUSES, type Status } from '../model/status.js';
import type { ActionView, StatusCount } from './model-types.js';

/** Count and share of each status, in the fixed order of STATUSES (not-reported included). */
export function countStatuses(actions: readonly Pick<ActionView, 'status'>[], f: Formatter): StatusCount[] {
  const counts = new Map<Status, number>(STATUSES.map((s) => [s, 0]));
  for (const a of actions) counts.set(a.status, (counts.get(a.status) ?? 0) + 1);
  return STATUSES.map((status) => {
    const count = counts.get(status) ?? 0;
    const fraction = actions.length ? count / actions.length : 0;
    return { status, label: f.t(`status.${status}`), count, share: f.share(fraction), fraction };
  });
}

/** This year's counts with the previous year's beside them, status by status. */
export function withPrevious(counts: StatusCount[], previous: readonly StatusCount[] | undefined): StatusCount[] {
  if (!previous) return counts;
  return counts.map((c) => ({ ...c, previous: previous.find((p) => p.status === c.status)?.count ?? 0 }));
}
