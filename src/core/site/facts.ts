import { type Accountability, accountability } from '../model/accountability.js';
import type { AssessmentFileData } from '../model/assessment.js';
import { indexProgress, type ProgressFileData, reportedValue } from '../model/progress-index.js';
import { STATUSES, type Status } from '../model/status.js';
import { yearsOf } from '../model/tables.js';
import { indicatorTrend, isQuantitative, measureOf, type ProgressBy } from '../model/trends.js';
import type { Action, IndicatorObject, Objective, Plan, Value } from '../model/types.generated.js';
import { eachAction, idOf } from '../model/walk.js';
import type { EarlierEdition } from '../validate/editions.js';

/** What a site shows of one plan, in no language yet: statuses and indicator values per year. */
export interface PlanFacts {
  plan: Plan;
  progress: readonly ProgressFileData[];
  years: number[];
  actions: ActionFacts[];
  objectives: { objective: Objective; id: string; actions: ActionFacts[] }[];
  illustrative: { plan: boolean; progress: boolean; assessments: boolean };
  /** Independent assessments (assessments/<year>/...). */
  assessments: readonly AssessmentFileData[];
  /** The earlier editions its actions continue, for each action's history. */
  earlier: ReadonlyMap<string, EarlierEdition>;
}

export interface ActionFacts {
  action: Action;
  id: string;
  objectiveId: string;
  goalId?: string;
  /** The status of each year with progress, in year order. */
  byYear: { year: number; who: Accountability }[];
  indicators: IndicatorFacts[];
  /** Every value reported for each indicator, in the plan's order: per year with progress, per account. */
  reported: IndicatorValues[];
}

/** The values of one indicator as reported, whatever they are: words, yes/no, numbers, numbers per sex. */
export interface IndicatorValues {
  position: number;
  years: { year: number; values: { reporter?: string; value: Value }[] }[];
}

export interface IndicatorFacts {
  position: number;
  key: string;
  indicator: IndicatorObject;
  progressBy: ProgressBy;
  /** The measure tracked per year (a number), when one was reported. */
  series: { year: number; measure: number | undefined }[];
  baseline?: { year?: number; measure: number; illustrative: boolean };
  target?: { year?: number; measure: number; illustrative: boolean };
}

export function planFacts(
  plan: Plan,
  progress: readonly ProgressFileData[],
  more: { assessments?: readonly AssessmentFileData[]; earlier?: ReadonlyMap<string, EarlierEdition> } = {},
): PlanFacts {
  const years = yearsOf(progress);
  const byYear = indexProgress(progress);
  const parents = new Map(plan.actors.map((a) => [a.id, a.parent]));
  const actions: ActionFacts[] = [...eachAction(plan)].map(({ action, objective, goal }) => {
    const id = idOf(action.id);
    const facts: ActionFacts = {
      action,
      id,
      objectiveId: idOf(objective.id),
      byYear: years.map((year) => ({ year, who: accountability(action, year, byYear, parents) })),
      indicators: (action.indicators ?? []).flatMap((ind, i) => {
        if (typeof ind === 'string' || !isQuantitative(ind) || !years.length) return [];
        const trend = indicatorTrend({
          indicator: ind,
          year: years.at(-1)!,
          byYear,
          periodStart: plan.period.start,
          periodEnd: plan.period.end,
          valueIn: (a) => reportedValue(a, i, ind.id),
          actionId: id,
        });
        const m = (v: Value) => measureOf(v, trend.progressBy);
        const point = (p: IndicatorObject['baseline']) => {
          const measure = p === undefined ? undefined : m(p.value);
          return measure === undefined ? undefined : { year: p!.year, measure, illustrative: p!.illustrative === true };
        };
        const f: IndicatorFacts = {
          position: i + 1,
          key: ind.id ?? String(i + 1),
          indicator: ind,
          progressBy: trend.progressBy,
          series: trend.series.map((s) => ({ year: s.year, measure: s.figure ? m(s.figure.value) : undefined })),
        };
        const baseline = point(ind.baseline);
        const target = point(ind.target);
        if (baseline) f.baseline = baseline;
        if (target) f.target = target;
        return [f];
      }),
      reported: (action.indicators ?? []).map((ind, i) => ({
        position: i + 1,
        years: years.map((year) => ({
          year,
          values: (byYear.get(year)?.get(id) ?? []).flatMap((a) => {
            const value = reportedValue(a, i, typeof ind === 'string' ? undefined : ind.id);
            if (value === undefined) return [];
            return [a.reporter === undefined ? { value } : { reporter: a.reporter, value }];
          }),
        })),
      })),
    };
    if (goal) facts.goalId = idOf(goal.id);
    return facts;
  });
  return {
    plan,
    progress,
    years,
    actions,
    objectives: plan.objectives.map((objective) => ({
      objective,
      id: idOf(objective.id),
      actions: actions.filter((a) => a.objectiveId === idOf(objective.id)),
    })),
    illustrative: {
      plan: plan.illustrative === true,
      progress: progress.some((p) => p.data.illustrative === true),
      assessments: (more.assessments ?? []).some((a) => a.data.illustrative === true),
    },
    assessments: more.assessments ?? [],
    earlier: more.earlier ?? new Map(),
  };
}

/** How many actions have each status in a year, in the order of STATUSES. */
export function countsIn(actions: readonly ActionFacts[], year: number): { status: Status; count: number }[] {
  const counts = new Map<Status, number>(STATUSES.map((s) => [s, 0]));
  for (const a of actions) {
    const s = a.byYear.find((y) => y.year === year)?.who.status ?? 'not-reported';
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return STATUSES.map((status) => ({ status, count: counts.get(status)! }));
}
