import type { ProgressClass } from '../model/progress-class.js';
import type { Status } from '../model/status.js';
import type { ProgressBy } from '../model/trends.js';
import type { Value } from '../model/types.generated.js';
import type { ActionView, MoneyTotal, ReportModel, SpendingRow, StatusCount } from './model-types.js';

/** `nap report --format json`: the figures of the report, described by schemas/report.schema.json. */
export interface ReportData {
  nap: 1;
  plan: { id: string; title: string; edition: number | null; coordinators: string[] };
  year: number;
  previousYear: number | null;
  lang: string;
  illustrative: boolean;
  labels: ReportModel['labels'];
  totals: Record<Status, number>;
  /** The same counts at the end of the previous year, when it has progress. */
  previousTotals: Record<Status, number> | null;
  objectives: ObjectiveData[];
  actions: ActionData[];
  actors: ActorData[];
  indicators: IndicatorData[];
  submissions: SubmissionData[];
  spending: SpendingData;
  abbreviations: ReportModel['abbreviations'];
  /** The coordinator's narrative for the year: its sections, in order, as Markdown. */
  narrative: { illustrative: boolean; sections: { section: string; markdown: string }[] } | null;
  /** Independent assessments of the year, compared with the government's statuses; null when there are none. */
  assessments: AssessmentsData | null;
}

export interface AssessmentsData {
  illustrative: boolean;
  assessors: {
    id: string;
    name: string;
    type: string | null;
    illustrative: boolean;
    submitted: string | null;
    scale: string;
    actions: number;
  }[];
  ratings: {
    action: string;
    assessor: string;
    rating: string;
    comparedAs: Status;
    governmentStatus: Status;
    stepsBelow: number | null;
    comment: string;
  }[];
  /** Ratings below the government's status, the largest difference first. */
  differences: { action: string; assessor: string; steps: number }[];
}

export interface ObjectiveData {
  id: string;
  title: string;
  totals: Record<Status, number>;
  previousTotals: Record<Status, number> | null;
}

export interface SubmissionData {
  reporter: string | null;
  submitted: string | null;
  notes: string | null;
  actions: number;
}

export type MoneyData = Pick<MoneyTotal, 'currency' | 'amount'>;

export interface SpendingData {
  total: MoneyData[];
  actions: number;
  byObjective: { objective: string; amounts: MoneyData[]; actions: number }[];
  byActor: { actor: string | null; amounts: MoneyData[]; actions: number }[];
}

export interface ActionData {
  id: string;
  objective: string;
  status: Status;
  previousStatus: Status | null;
  setback: boolean;
  discontinuedSince: number | null;
  expected: string[];
  reported: string[];
  missing: string[];
  /** Each actor's own status. */
  byActor: Record<string, Status>;
  continues: string | null;
  /** Its history across editions, newest first (schemas/report.schema.json). */
  history: HistoryData[];
}

export interface HistoryData {
  plan: string;
  action: string;
  title: string | null;
  period: { start: number; end: number } | null;
  lastStatus: Status | null;
  lastYear: number | null;
  illustrative: boolean;
}

export interface ActorData {
  id: string;
  /** Ids of the actions it is responsible for and sent no report on. */
  missing: string[];
  counts: Record<Status, number>;
}

export interface FigureData {
  value: Value;
  total: number | null;
  shareWomen: number | null;
}

export interface IndicatorData {
  action: string;
  key: string;
  unit: string;
  progressBy: ProgressBy;
  values: ({ year: number } & FigureData)[];
  missingYears: number[];
  total: number | null;
  shareWomen: number | null;
  baseline: (FigureData & { year: number | null }) | null;
  target: (FigureData & { year: number | null }) | null;
  trend: 'up' | 'down' | 'same' | null;
  distance: number | null;
  setback: boolean;
  progress: { class: ProgressClass; achieved: number; needed: number; ratio: number | null } | null;
}

const round = (n: number) => Math.round(n * 1e4) / 1e4;
const counts = (c: readonly StatusCount[]) =>
  Object.fromEntries(c.map((t) => [t.status, t.count])) as Record<Status, number>;
const previousCounts = (c: readonly StatusCount[]) =>
  c.every((t) => t.previous !== undefined)
    ? (Object.fromEntries(c.map((t) => [t.status, t.previous])) as Record<Status, number>)
    : null;
const money = (amounts: readonly MoneyTotal[]): MoneyData[] =>
  amounts.map(({ currency, amount }) => ({ currency, amount }));
const spent = (r: SpendingRow) => ({ amounts: money(r.amounts), actions: r.actions });

export function reportData(m: ReportModel): ReportData {
  const actions = m.objectives.flatMap((o) => [...o.goals.flatMap((g) => g.actions), ...o.actions]);
  return {
    nap: 1,
    plan: {
      id: m.planId,
      title: m.title,
      edition: m.editionNumber ?? null,
      coordinators: m.coordinators.map((c) => c.id),
    },
    year: m.year,
    previousYear: m.previousYear ?? null,
    lang: m.lang,
    illustrative: m.illustrative.any,
    labels: m.labels,
    totals: counts(m.totals),
    previousTotals: m.previousYear === undefined ? null : previousCounts(m.totals),
    objectives: m.objectives.map((o) => ({
      id: o.id,
      title: o.title,
      totals: counts(o.counts),
      previousTotals: m.previousYear === undefined ? null : previousCounts(o.counts),
    })),
    actions: actions.map(actionData),
    actors: m.byActor.map((a) => ({
      id: a.id,
      missing: a.actions.filter((x) => x.status === 'not-reported').map((x) => x.id),
      counts: counts(a.counts),
    })),
    indicators: actions.flatMap(indicatorData),
    submissions: m.submissions.map((s) => ({
      reporter: s.reporterId ?? null,
      submitted: s.submittedIso ?? null,
      notes: s.notes ?? null,
      actions: s.actions,
    })),
    spending: {
      total: money(m.spending.total),
      actions: m.spending.actions,
      byObjective: m.spending.byObjective.map((r) => ({ objective: r.id!, ...spent(r) })),
      byActor: m.spending.byActor.map((r) => ({ actor: r.id ?? null, ...spent(r) })),
    },
    abbreviations: m.abbreviations,
    narrative: m.narrative
      ? {
          illustrative: m.narrative.illustrative,
          sections: [...m.narrative.front, ...m.narrative.back].map((x) => ({ section: x.key, markdown: x.markdown })),
        }
      : null,
    assessments: m.assessments.any ? assessmentsData(m, actions) : null,
  };
}

function assessmentsData(m: ReportModel, actions: readonly ActionView[]): AssessmentsData {
  return {
    illustrative: m.assessments.illustrative,
    assessors: m.assessments.assessors.map((a) => ({
      id: a.id,
      name: a.name,
      type: a.type ?? null,
      illustrative: a.illustrative,
      submitted: a.submittedIso ?? null,
      scale: a.scaleId,
      actions: a.actions,
    })),
    ratings: actions.flatMap((a) =>
      (a.assessments ?? []).map((x) => ({
        action: a.id,
        assessor: x.assessorId,
        rating: x.level,
        comparedAs: x.levelStatus,
        governmentStatus: a.status,
        stepsBelow: x.below ?? null,
        comment: x.comment,
      })),
    ),
    differences: m.assessments.differences.map((r) => ({ action: r.actionId, assessor: r.assessorId, steps: r.steps })),
  };
}

function actionData(a: ActionView): ActionData {
  return {
    id: a.id,
    objective: a.objectiveId,
    status: a.status,
    previousStatus: a.previousStatus ?? null,
    setback: a.setback,
    discontinuedSince: a.discontinuedSince ?? null,
    expected: a.expected,
    reported: a.reported,
    missing: a.missing,
    byActor: Object.fromEntries(a.actors.map((x) => [x.id, x.status])),
    continues: a.continues ?? null,
    history: (a.earlier ?? []).map((s) => ({
      plan: s.plan,
      action: s.action,
      title: s.edition?.title ?? null,
      period: s.edition ? { start: s.edition.start, end: s.edition.end } : null,
      lastStatus: s.last?.status ?? (s.reported ? 'not-reported' : null),
      lastYear: s.last?.year ?? null,
      illustrative: s.illustrative,
    })),
  };
}

function indicatorData(a: ActionView): IndicatorData[] {
  return a.indicators.flatMap((i) => {
    const t = i.figures;
    if (!t) return [];
    const fig = (f: { value: Value; total?: number; shareWomen?: number }): FigureData => ({
      value: f.value,
      total: f.total ?? null,
      shareWomen: f.shareWomen ?? null,
    });
    return [
      {
        action: a.id,
        key: i.key,
        unit: i.unit,
        progressBy: t.progressBy,
        values: t.series.flatMap((s) => (s.figure ? [{ year: s.year, ...fig(s.figure) }] : [])),
        missingYears: t.series.filter((s) => !s.figure).map((s) => s.year),
        total: t.current?.total ?? null,
        shareWomen: t.current?.shareWomen ?? null,
        baseline: t.baseline ? { year: t.baselineYear ?? null, ...fig(t.baseline) } : null,
        target: t.target ? { year: t.targetYear ?? null, ...fig(t.target) } : null,
        trend: t.trend ?? null,
        distance: t.distance ?? null,
        setback: t.setback,
        progress: t.progress
          ? {
              class: t.progress.class,
              achieved: round(t.progress.achieved),
              needed: round(t.progress.needed),
              ratio: t.progress.ratio === undefined ? null : round(t.progress.ratio),
            }
          : null,
      },
    ];
  });
}
