import type { Formatter } from '../model/format.js';
import type { ActionView, AssessmentRow, ReportModel, StatusCount } from './model-types.js';

/** Lists in the brief stop here, so that it stays at 2 to 4 pages; a list at most 2 longer is shown whole. */
export const BRIEF_LIST_LIMIT = 10;
/** Objective titles in the chart are cut to this many characters, at a word. */
export const CHART_TITLE_LENGTH = 34;

export interface BriefModel {
  report: ReportModel;
  headline: { value: string; label: string }[];
  chartRows: { label: string; title: string; counts: StatusCount[]; total: number }[];
  legend: StatusCount[];
  advanced: ListOf<{ id: string; text: string; actors: string }>;
  delayed: ListOf<{ id: string; text: string; actors: string }>;
  notStarted: ListOf<{ id: string; text: string; actors: string }>;
  notReported: ListOf<string>;
  away: ListOf<string>;
  /** Whether any indicator has a target: without one, nothing can move away from it. */
  targets: boolean;
  /** The share of women of each indicator measured per sex, with its trend and progress. */
  women: ListOf<string>;
  /** Independent assessments: the differences first, then actions assessed but not reported, then what went well. */
  assessments: { any: boolean; differences: ListOf<string>; unreported: ListOf<string>; wentWell: ListOf<string> };
  questions: string[];
}

export interface ListOf<T> {
  items: T[];
  more: number;
}

/** The civil-society brief: the same facts as the report, chosen and worded for a quick read. */
export function buildBriefModel(report: ReportModel, f: Formatter): BriefModel {
  const actions = report.objectives.flatMap((o) => [...o.goals.flatMap((g) => g.actions), ...o.actions]);
  const count = (s: string) => report.totals.find((t) => t.status === s)!;
  const actorsOf = (a: ActionView) => a.actors.map((x) => x.name).join(', ');
  const advanced = actions.filter((a) =>
    a.change
      ? a.change.direction === 'up' || (a.change.direction === 'new' && a.status === 'completed')
      : a.status === 'completed',
  );
  const delayed = actions.filter((a) => a.status === 'delayed');
  const notStarted = actions.filter((a) => a.status === 'not-started');
  const women = actions.flatMap((a) =>
    a.indicators.flatMap((i) => {
      const fig = i.figures;
      if (fig?.progressBy !== 'share-women' || fig.current?.shareWomen === undefined) return [];
      const now = f.t('common.womenShare', { share: f.percent(fig.current.shareWomen) });
      const trend = [i.trendLabel ?? now, i.progress ? `${i.progress.mark} ${i.progress.label}` : '']
        .filter(Boolean)
        .join(' · ');
      const indicator = i.text.replace(/[.\s]+$/, '');
      return [f.t('brief.womenItem', { action: `${report.labels.action} ${a.id}`, indicator, trend })];
    }),
  );
  const away = actions.flatMap((a) => a.indicators.filter((i) => i.away).map((i) => ({ action: a, indicator: i })));
  const awayLines = away.map(({ action, indicator }) =>
    f.t('brief.awayItem', {
      action: `${report.labels.action} ${action.id}`,
      indicator: indicator.text,
      ...indicator.away!,
    }),
  );
  const questions: string[] = [];
  for (const a of report.notReported.slice(0, 3))
    questions.push(f.t('brief.qNotReported', { actor: a.name, count: a.actions.length }));
  if (delayed.length)
    questions.push(
      f.t('brief.qDelayed', { count: delayed.length, action: `${report.labels.action} ${delayed[0]!.id}` }),
    );
  for (const { indicator } of away.slice(0, 2))
    questions.push(f.t('brief.qAway', { indicator: indicator.text.replace(/[.\s]+$/, '') }));
  if (count('discontinued').count) questions.push(f.t('brief.qDiscontinued', { count: count('discontinued').count }));
  const differ = report.assessments.differences;
  if (differ.length)
    questions.push(
      f.t('assessment.question', { count: differ.length, action: `${report.labels.action} ${differ[0]!.actionId}` }),
    );
  if (actions.some((a) => a.budget || a.accounts.some((x) => x.spent)))
    questions.push(f.t('brief.qBudget', { year: report.year }));
  return {
    report,
    headline: [
      { value: f.number(report.totalActions), label: f.t('brief.actions') },
      { value: count('completed').share, label: f.t('brief.completedShare') },
      { value: f.number(count('delayed').count), label: f.t('brief.delayedCount') },
      { value: f.number(count('not-reported').count), label: f.t('brief.notReportedCount') },
    ],
    chartRows: report.objectives.map((o) => ({
      label: `${o.id}. ${shorten(o.title, CHART_TITLE_LENGTH)}`,
      title: o.title,
      counts: o.counts,
      total: o.total,
    })),
    legend: report.totals,
    advanced: limit(advanced.map((a) => ({ id: a.id, text: a.text, actors: actorsOf(a) }))),
    delayed: limit(delayed.map((a) => ({ id: a.id, text: a.text, actors: actorsOf(a) }))),
    notStarted: limit(notStarted.map((a) => ({ id: a.id, text: a.text, actors: actorsOf(a) }))),
    notReported: limit(
      report.notReported.map((a) => f.t('brief.notReportedItem', { actor: a.name, count: a.actions.length })),
    ),
    away: limit(awayLines),
    targets: actions.some((a) => a.indicators.some((i) => i.target !== undefined)),
    women: limit(women),
    assessments: {
      any: report.assessments.any,
      differences: limit(report.assessments.differences.map((r) => assessmentLine(r, report, f, 'briefItem'))),
      unreported: limit(report.assessments.unreported.map((r) => assessmentLine(r, report, f, 'briefUnreported'))),
      wentWell: limit(report.assessments.wentWell.map((r) => assessmentLine(r, report, f, 'briefItem'))),
    },
    questions,
  };
}

function assessmentLine(r: AssessmentRow, report: ReportModel, f: Formatter, key: string): string {
  return f.t(`assessment.${key}`, {
    action: `${report.labels.action} ${r.actionId}`,
    government: r.governmentLabel.toLocaleLowerCase(f.lang),
    assessor: r.assessor,
    assessment: r.levelLabel.toLocaleLowerCase(f.lang),
  });
}

function limit<T>(items: T[]): ListOf<T> {
  // "and 1 more" would take the line the item needs: show a list a little over the limit whole.
  if (items.length <= BRIEF_LIST_LIMIT + 2) return { items, more: 0 };
  return { items: items.slice(0, BRIEF_LIST_LIMIT), more: items.length - BRIEF_LIST_LIMIT };
}

/** A title cut at a word to fit a chart row, with an ellipsis. */
export function shorten(title: string, max: number): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}
