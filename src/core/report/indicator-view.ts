import type { Formatter } from '../model/format.js';
import type { ProgressClass } from '../model/progress-class.js';
import { reportedValue } from '../model/progress-index.js';
import {
  type Figure,
  figureOf,
  indicatorTrend,
  isPercentage,
  isQuantitative,
  measureText,
  type ProgressBy,
} from '../model/trends.js';
import type { Indicator, IndicatorObject, Value } from '../model/types.generated.js';
import type { ActionContext } from './action-context.js';
import type { IndicatorView } from './model-types.js';

/** The mark of each progress class, always shown with its words. */
export const PROGRESS_MARKS: Readonly<Record<ProgressClass, string>> = {
  achieved: '✔',
  'on-track': '↗',
  'needs-acceleration': '→',
  limited: '≈',
  'moving-away': '▼',
};

export function indicatorView(ind: Indicator, i: number, actionId: string, ctx: ActionContext): IndicatorView {
  const { f, text, year } = ctx;
  const obj = typeof ind === 'string' ? undefined : ind;
  const valueIn = (a: Parameters<typeof reportedValue>[0]) => reportedValue(a, i, obj?.id);
  const accounts = ctx.byYear.get(year)?.get(actionId) ?? [];
  const view: IndicatorView = {
    position: i + 1,
    key: obj?.id ?? String(i + 1),
    text: typeof ind === 'string' ? ind : text.pick(ind.text, `indicator ${i + 1}`),
    unit: obj?.unit ?? 'text',
    quantitative: obj !== undefined && isQuantitative(obj),
    setback: false,
    series: [],
    values: accounts.flatMap((a) => {
      const v = valueIn(a);
      if (v === undefined) return [];
      const fig = figureOf(v);
      return [
        {
          reporter: a.reporter && accounts.length > 1 ? (ctx.actorNames.get(a.reporter) ?? a.reporter) : undefined,
          value: f.value(ind, v),
          womenShare:
            fig.shareWomen !== undefined ? f.t('common.womenShare', { share: f.percent(fig.shareWomen) }) : undefined,
          total: fig.total !== undefined ? f.t('common.totalOf', { total: f.number(fig.total) }) : undefined,
        },
      ];
    }),
  };
  const point = (m: NonNullable<IndicatorObject['target']>) => {
    const said = figureText(f, obj!, m.value, m.year);
    return m.illustrative ? `${said} — ${f.t('parliament.illustrativeValue')}` : said;
  };
  if (obj?.baseline) view.baseline = point(obj.baseline);
  if (obj?.target) view.target = point(obj.target);
  if (!obj || !view.quantitative) return view;

  const trend = indicatorTrend({
    indicator: obj,
    year,
    byYear: ctx.byYear,
    periodStart: ctx.plan.period.start,
    periodEnd: ctx.plan.period.end,
    valueIn,
    actionId,
  });
  view.figures = { ...trend };
  if (obj.baseline) view.figures.baseline = figureOf(obj.baseline.value);
  if (obj.baseline?.year !== undefined) view.figures.baselineYear = obj.baseline.year;
  if (obj.target) view.figures.target = figureOf(obj.target.value);
  if (obj.target?.year !== undefined) view.figures.targetYear = obj.target.year;
  view.series = trend.series.map((s) => ({
    year: s.year,
    value: s.figure ? figureText(f, obj, s.figure.value) : f.t('parliament.noValue'),
    missing: s.figure === null,
    current: s.year === year,
  }));
  const measure = (n: number) => measureText(f, trend.progressBy, obj, n);
  const m = (v: Value) => measureValue(v, trend.progressBy);
  if (trend.trend && trend.previous && trend.current) {
    view.trendLabel = f.t(`indicator.trend.${trend.trend}`, {
      measure: f.t(`indicator.measure.${trend.progressBy}`),
      previous: measure(m(trend.previous.figure.value)!),
      year: trend.previous.year,
      current: measure(m(trend.current.value)!),
    });
  }
  if (trend.progress) {
    view.progress = {
      class: trend.progress.class,
      mark: PROGRESS_MARKS[trend.progress.class],
      label: f.t(`progress.${trend.progress.class}`),
    };
  }
  if (trend.distance !== undefined && trend.distance !== 0 && trend.progress?.class !== 'achieved')
    view.distance = f.t(isPercentage(trend.progressBy, obj) ? 'indicator.toGoPoints' : 'indicator.toGo', {
      distance: f.number(Math.round(Math.abs(trend.distance) * 10) / 10),
    });
  view.setback = trend.setback;
  if (trend.setback && trend.previous && trend.current && obj.target) {
    const said = (v: Value) => {
      const n = m(v);
      if (n === undefined) return figureText(f, obj, v);
      const text = measure(n);
      return trend.progressBy === 'share-women' ? f.t('common.womenShare', { share: text }) : text;
    };
    view.away = {
      previous: said(trend.previous.figure.value),
      current: said(trend.current.value),
      target: said(obj.target.value),
    };
  }
  return view;
}

/** A value with its total and share of women when given per sex: "women 29, men 418 (total 447, 6.5% women)". */
export function figureText(f: Formatter, ind: IndicatorObject, value: Value, year?: number): string {
  const fig: Figure = figureOf(value);
  const base = year ? f.t('common.inYear', { value: f.value(ind, value), year }) : f.value(ind, value);
  if (fig.total === undefined) return base;
  const parts = [f.t('common.totalOf', { total: f.number(fig.total) })];
  if (fig.shareWomen !== undefined) parts.push(f.t('common.womenShare', { share: f.percent(fig.shareWomen) }));
  return `${base} (${parts.join(', ')})`;
}

function measureValue(v: Value, by: ProgressBy): number | undefined {
  if (typeof v === 'number') return v;
  const fig = figureOf(v);
  if (by === 'total') return fig.total;
  if (by === 'women' && typeof v === 'object') return v.women;
  return fig.shareWomen;
}
