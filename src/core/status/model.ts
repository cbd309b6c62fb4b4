import { actorRows, responsibleActors } from '../datacall/rows.js';
import { covers, discontinuedBefore } from '../model/accountability.js';
import { type AssessmentFileData, assessorId, assessorOf } from '../model/assessment.js';
import { indexProgress, type ProgressFileData } from '../model/progress-index.js';
import type { Plan, Value } from '../model/types.generated.js';

/** Where an actor stands in a year's data call. */
export interface ActorStatus {
  actor: string;
  name: string;
  /** done: every action and indicator reported; partial: some; missing: nothing. */
  state: 'done' | 'partial' | 'missing';
  late: boolean;
  /** Discontinued: the actor's actions discontinued in an earlier year and not taken up since, not expected any more. */
  actions: { expected: number; reported: number; missing: string[]; discontinued: string[] };
  indicators: { expected: number; given: number; missing: string[] };
  /** Indicators the plan asks per sex: how many, and how many were given per sex. */
  bySex: { expected: number; given: number };
  /** The latest `submitted` date of the files that answer for the actor, or null. */
  submitted: string | null;
  /** The progress files that answer for the actor. */
  files: string[];
}

/** Where an independent assessor asked by the data call stands (nap request --assessor). */
export interface AssessorStatus {
  assessor: string;
  name: string;
  /** done: an assessment of the year came; missing: none. */
  state: 'done' | 'missing';
  late: boolean;
  /** How many actions it assessed. */
  assessed: number;
  submitted: string | null;
  /** Its assessment files of the year. */
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
  /** The assessors the call record lists, when it lists any; they do not count towards `complete`. */
  assessors?: AssessorStatus[];
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
  /** Assessors asked (the call record), and the plan's assessments. */
  assessors?: readonly string[];
  assessments?: readonly AssessmentFileData[];
  due: string | null;
  dueFrom: StatusModel['dueFrom'];
  today: string;
}): StatusModel {
  const { plan, year } = o;
  const parents = new Map(plan.actors.map((a) => [a.id, a.parent]));
  // A file that reports no action (a blank return collected by hand) is not a submission.
  const files = o.progress.filter((p) => p.data.year === year && Object.keys(p.data.actions ?? {}).length > 0);
  const byYear = indexProgress(o.progress);
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
      actions: { expected: 0, reported: 0, missing: [], discontinued: [] },
      indicators: { expected: 0, given: 0, missing: [] },
      bySex: { expected: 0, given: 0 },
      submitted: null,
      files: mine.map((f) => f.file),
    };
    for (const row of actorRows(plan, actor)) {
      const reports = mine.flatMap((f) => {
        const r = Object.hasOwn(f.data.actions, row.id) ? f.data.actions[row.id] : undefined;
        return r ? [r] : [];
      });
      // Discontinued in an earlier year and taken up by no account since (this year's included): nobody's missing report.
      const anyAccount = (byYear.get(year)?.get(row.id) ?? []).length > 0;
      if (!anyAccount && discontinuedBefore(row.id, year, byYear) !== undefined) {
        s.actions.discontinued.push(row.id);
        continue;
      }
      s.actions.expected++;
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
  const model: StatusModel = {
    plan: plan.id,
    year,
    // Sample data is labelled whether the plan or only the year's progress (or assessment) files are illustrative.
    illustrative:
      plan.illustrative === true ||
      files.some((f) => f.data.illustrative === true) ||
      (o.assessors?.length
        ? (o.assessments ?? []).some((a) => a.data.year === year && a.data.illustrative === true)
        : false),
    due: o.due,
    dueFrom: o.dueFrom,
    today: o.today,
    complete: actors.every((a) => a.state === 'done'),
    actors,
  };
  if (o.assessors?.length) model.assessors = assessorStatus(plan, o.assessors, o.assessments ?? [], o);
  return model;
}

function assessorStatus(
  plan: Plan,
  asked: readonly string[],
  assessments: readonly AssessmentFileData[],
  o: { year: number; due: string | null; today: string },
): AssessorStatus[] {
  const list = asked.map((id): AssessorStatus => {
    // An assessment that assesses no action (a blank return collected by hand) is not a submission.
    const mine = assessments.filter(
      (a) => a.data.year === o.year && assessorId(a.data) === id && Object.keys(a.data.actions ?? {}).length > 0,
    );
    const who = mine.length ? assessorOf(mine[0]!.data, plan) : undefined;
    const actor = plan.actors.find((a) => a.id === id);
    const named = who?.short ?? who?.name ?? actor?.short ?? actor?.name;
    const dates = mine.flatMap((a) => (a.data.submitted ? [a.data.submitted] : [])).sort();
    const done = mine.length > 0;
    return {
      assessor: id,
      name: named === undefined ? id : typeof named === 'string' ? named : Object.values(named)[0]!,
      state: done ? 'done' : 'missing',
      late: o.due !== null && (done ? (dates.at(-1) ?? '') > o.due : o.today > o.due),
      assessed: mine.reduce((n, a) => n + Object.keys(a.data.actions).length, 0),
      submitted: dates.at(-1) ?? null,
      files: mine.map((a) => a.file),
    };
  });
  const rank = (s: AssessorStatus) => (s.late ? 0 : 2) + (s.state === 'missing' ? 0 : 1);
  return list.sort((a, b) => rank(a) - rank(b) || a.assessor.localeCompare(b.assessor));
}
