import {
  type AssessmentFileData,
  assessorId,
  assessorOf,
  type LevelSpec,
  levelLabel,
  scaleName,
  scaleOf,
  stepsBelow,
} from '../model/assessment.js';
import type { Formatter } from '../model/format.js';
import type { Status } from '../model/status.js';
import type { TextPicker } from '../model/text.js';
import type { ActionFacts, PlanFacts } from './facts.js';

/** One independent rating of an action in a year, in the page's language, beside the government's status. */
export interface Rating {
  year: number;
  actionId: string;
  assessorId: string;
  /** The assessor's short name. */
  assessor: string;
  level: string;
  levelLabel: string;
  levelColour?: string;
  /** The government status the level stands for. */
  levelStatus: Status;
  levelStatusLabel: string;
  government: Status;
  governmentLabel: string;
  /** Steps the rating is below the government's status; undefined when not comparable, 0 or less when not below. */
  below?: number;
  comment: string;
  evidence: string[];
  /** Remarks per indicator, by the indicator's text. */
  remarks: { label: string; comment: string }[];
  illustrative: boolean;
}

export interface AssessorFacts {
  id: string;
  name: string;
  short: string;
  type?: string;
  illustrative: boolean;
  /** Each year it assessed: how, on which scale, and its ratings in the plan's order of actions. */
  years: {
    year: number;
    method?: string;
    scale: string;
    submitted?: string;
    illustrative: boolean;
    ratings: Rating[];
  }[];
}

export interface SiteAssessments {
  ratings: Rating[];
  /** By id, in the order of their first year. */
  assessors: AssessorFacts[];
}

/** The plan's assessments as the site shows them, in one language: each rating compared with the government's status. */
export function siteAssessments(
  files: readonly AssessmentFileData[],
  facts: PlanFacts,
  f: Formatter,
  text: TextPicker,
): SiteAssessments {
  const byId = new Map(facts.actions.map((a) => [a.id, a]));
  const order = new Map(facts.actions.map((a, i) => [a.id, i]));
  const assessors = new Map<string, AssessorFacts>();
  const ratings: Rating[] = [];
  const sorted = [...files].sort(
    (a, b) => a.data.year - b.data.year || assessorId(a.data).localeCompare(assessorId(b.data), 'en'),
  );
  for (const { data } of sorted) {
    const scale = scaleOf(data, facts.plan);
    if (!scale) continue; // validation refuses an unknown scale
    const id = assessorId(data);
    const who = assessorOf(data, facts.plan);
    const name = who ? text.pick(who.name, `assessor ${id}`) : id;
    const short = who?.short ? text.pick(who.short, `assessor ${id}`) : name;
    const illustrative = data.illustrative === true;
    const assessor = assessors.get(id) ?? { id, name, short, illustrative: false, years: [] };
    if (who?.type) assessor.type = who.type;
    assessor.illustrative ||= illustrative;
    assessors.set(id, assessor);
    const label = (l: LevelSpec) =>
      levelLabel(
        l,
        (x, what) => text.pick(x, what),
        (k) => f.t(k),
      );
    const mine: Rating[] = [];
    for (const [actionId, a] of Object.entries(data.actions)) {
      const level = a && scale.levels.find((l) => l.id === a.rating);
      const action = byId.get(actionId);
      if (!a || !level || !action) continue;
      const government = governmentStatus(action, data.year);
      const rating: Rating = {
        year: data.year,
        actionId,
        assessorId: id,
        assessor: short,
        level: level.id,
        levelLabel: label(level),
        levelStatus: level.status,
        levelStatusLabel: f.t(`status.${level.status}`),
        government,
        governmentLabel: f.t(`status.${government}`),
        comment: text.pick(a.comment, `assessment of ${actionId}`),
        evidence: a.evidence ?? [],
        remarks: Object.entries(a.indicators ?? {}).map(([key, remark]) => {
          const ind = action.action.indicators?.find((x, i) =>
            typeof x === 'string' ? String(i + 1) === key : x.id === key || String(i + 1) === key,
          );
          const indText = ind === undefined ? key : typeof ind === 'string' ? ind : text.pick(ind.text, 'indicator');
          return { label: indText, comment: text.pick(remark, `remark on ${actionId}`) };
        }),
        illustrative,
      };
      if (level.colour) rating.levelColour = level.colour;
      const below = stepsBelow(government, level.status);
      if (below !== undefined) rating.below = below;
      mine.push(rating);
    }
    mine.sort((x, y) => (order.get(x.actionId) ?? 0) - (order.get(y.actionId) ?? 0));
    ratings.push(...mine);
    const year: AssessorFacts['years'][number] = {
      year: data.year,
      scale: scaleName(
        scale,
        (x, what) => text.pick(x, what),
        (k) => f.t(k),
      ),
      illustrative,
      ratings: mine,
    };
    if (data.method) year.method = text.pick(data.method, `method of ${id}`);
    if (data.submitted) year.submitted = f.isoDate(data.submitted);
    assessor.years.push(year);
  }
  return { ratings, assessors: [...assessors.values()] };
}

/** The government's status of the action in a year; not reported for a year without progress files. */
function governmentStatus(action: ActionFacts, year: number): Status {
  return action.byYear.find((y) => y.year === year)?.who.status ?? 'not-reported';
}

/** The ratings below the government's status in each year, the largest difference first, then in the plan's order. */
export function differencesByYear(ratings: readonly Rating[]): { year: number; rows: Rating[] }[] {
  const years = [...new Set(ratings.map((r) => r.year))].sort((a, b) => a - b);
  return years.map((year) => ({
    year,
    rows: ratings
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => r.year === year && (r.below ?? 0) > 0)
      .sort((a, b) => b.r.below! - a.r.below! || a.i - b.i)
      .map(({ r }) => r),
  }));
}
