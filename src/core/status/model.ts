import { actorRows, responsibleActors } from '../datacall/rows.js';
import type { ProgressFileData } from '../model/progress-index.js';
import type { Plan, Value } from '../model/types.generated.js';

/** Where an actor stands in a year's data call. */
export interface ActorStatus {
  actor: string;
  name: string;
  /** done: every action and indicator reported; partial: some; missing: nothing. */
  state: 'done' | 'partial' | 'missing';
  late: boolean;
  actions: { expected: number; reported: number; missing: string[] };
  indicators: { expected: number; given: number; missing: string[] };
  /** Indicators the plan asks per sex: how many, and how many were given per sex. */
  bySex: { expected: number; given: number };
  /** The latest `submitted` date of the files that answer for the actor, or null. */
  submitted: string | null;
  /** The progress files that answer for the actor. */
  files: string[];
}

export interface StatusModel {
  plan: string;
  year: number;
  illustrative: boolean;
  due: string | null;
  /** Where the due date comes from: the command line, the call record, or nowhere. */
  dueFrom: 'option' | 'call' | null;
  today: string;
  complete: boolean;
  actors: ActorStatus[];
}

/** The actors an account answers for: its reporter and every actor under it, or everyone when it has none. */
function covers(
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

function given(v: Value | null | undefined): boolean {
  return v !== undefined && v !== null;
}

/**
 * Per actor: the actions it is responsible for, which of them the year's progress files answer
 * for (by the accountability rules of docs/format.md: its own file, a parent's, or a file for
 * the whole plan), the indicators given, and whether it is late against the due date.
 */
export function statusModel(o: {
  plan: Plan;
  year: number;
  progress: readonly ProgressFileData[];
  actors?: readonly string[];
  due: string | null;
  dueFrom: StatusModel['dueFrom'];
  today: string;
}): StatusModel {
  const { plan, year } = o;
  const parents = new Map(plan.actors.map((a) => [a.id, a.parent]));
  // A file that reports no action (a blank return collected by hand) is not a submission.
  const files = o.progress.filter((p) => p.data.year === year && Object.keys(p.data.actions ?? {}).length > 0);
  const asked = o.actors?.length ? o.actors : responsibleActors(plan);
  const actors = asked.map((actor): ActorStatus => {
    const mine = files.filter((f) => covers(f.data.reporter, actor, parents));
    const a = plan.actors.find((x) => x.id === actor);
    const name = a
      ? typeof (a.short ?? a.name) === 'string'
        ? String(a.short ?? a.name)
        : Object.values(a.short ?? a.name)[0]!
      : actor;
    const s: ActorStatus = {
      actor,
      name,
      state: 'missing',
      late: false,
      actions: { expected: 0, reported: 0, missing: [] },
      indicators: { expected: 0, given: 0, missing: [] },
      bySex: { expected: 0, given: 0 },
      submitted: null,
      files: mine.map((f) => f.file),
    };
    for (const row of actorRows(plan, actor)) {
      s.actions.expected++;
      const reports = mine.flatMap((f) => {
        const r = Object.hasOwn(f.data.actions, row.id) ? f.data.actions[row.id] : undefined;
        return r ? [r] : [];
      });
      if (!reports.length) {
        s.actions.missing.push(row.id);
        continue;
      }
      s.actions.reported++;
      for (const [i, ind] of row.indicators.entries()) {
        s.indicators.expected++;
        if (ind.bySex) s.bySex.expected++;
        const values = reports.map((r) => r.indicators?.[ind.key] ?? r.indicators?.[String(i + 1)]);
        const v = values.find(given);
        if (v === undefined) {
          s.indicators.missing.push(`${row.id}/${ind.key}`);
          continue;
        }
        s.indicators.given++;
        if (ind.bySex && typeof v === 'object' && v !== null) s.bySex.given++;
      }
    }
    const dates = mine.flatMap((f) => (f.data.submitted ? [f.data.submitted] : [])).sort();
    s.submitted = dates.at(-1) ?? null;
    const complete = s.actions.missing.length === 0 && s.indicators.missing.length === 0;
    s.state = complete ? 'done' : s.actions.reported > 0 ? 'partial' : 'missing';
    if (o.due !== null) s.late = complete ? s.submitted !== null && s.submitted > o.due : o.today > o.due;
    return s;
  });
  // Late and missing first: what the coordinator has to chase.
  const rank = (s: ActorStatus) => (s.late ? 0 : 3) + { missing: 0, partial: 1, done: 2 }[s.state];
  actors.sort((a, b) => rank(a) - rank(b) || a.actor.localeCompare(b.actor));
  return {
    plan: plan.id,
    year,
    // Sample data is labelled whether the plan or only the year's progress files are illustrative.
    illustrative: plan.illustrative === true || files.some((f) => f.data.illustrative === true),
    due: o.due,
    dueFrom: o.dueFrom,
    today: o.today,
    complete: actors.every((a) => a.state === 'done'),
    actors,
  };
}
