import type { AccountsByYear } from './accountability.js';
import { type Formatter, womenShare } from './format.js';
import { classifyProgress, type ProgressResult } from './progress-class.js';
import type { Account } from './progress-index.js';
import type { IndicatorObject, SexValues, Value } from './types.generated.js';

export type ProgressBy = 'value' | 'total' | 'women' | 'share-women';

/** A value with what nap derives from it: the total and the share of women (0..100) of values per sex. */
export interface Figure {
  value: Value;
  total?: number;
  shareWomen?: number;
}

export interface YearFigure {
  year: number;
  /** null: the year has progress, but no value for this indicator. */
  figure: Figure | null;
}

export interface IndicatorTrend {
  progressBy: ProgressBy;
  /** From the first year with progress to the year of the report. */
  series: YearFigure[];
  /** The figure of the year reported on, and the latest earlier one. */
  current?: Figure;
  previous?: { year: number; figure: Figure };
  /** Target minus current value, in the measure tracked (points for the share of women). */
  distance?: number;
  /** Further from the target than the previous value: a real setback. */
  setback: boolean;
  /** Up or down since the previous value, in the measure tracked. */
  trend?: 'up' | 'down' | 'same';
  progress?: ProgressResult;
}

const QUANTITATIVE = new Set(['count', 'percent', 'amount']);

export function isQuantitative(ind: IndicatorObject): boolean {
  return QUANTITATIVE.has(ind.unit ?? 'text');
}

export function figureOf(value: Value): Figure {
  if (typeof value !== 'object' || value === null) return { value };
  const share = womenShare(value);
  const f: Figure = { value, total: totalOf(value) };
  if (share !== undefined) f.shareWomen = Math.round(share * 1e6) / 1e4;
  return f;
}

function totalOf(v: SexValues): number {
  return round(v.women + v.men + (v.other ?? 0) + (v.unknown ?? 0));
}

/** The number progress is measured on: the indicator's `progressBy`, by default the share of women of values per sex. */
export function measureOf(value: Value, by: ProgressBy): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'object' || value === null) return undefined;
  if (by === 'total') return totalOf(value);
  if (by === 'women') return value.women;
  const share = womenShare(value);
  return share === undefined ? undefined : share * 100;
}

/** One value for a year from the accounts reporting it: several values of a count or an amount are added. */
export function combine(values: readonly Value[], unit: string | undefined): Value | undefined {
  if (values.length <= 1) return values[0];
  if (unit !== 'count' && unit !== 'amount') return undefined;
  if (values.every((v) => typeof v === 'number')) return round((values as number[]).reduce((a, b) => a + b, 0));
  if (!values.every((v) => typeof v === 'object' && v !== null)) return undefined;
  const sum: SexValues = { women: 0, men: 0 };
  for (const v of values as SexValues[]) {
    sum.women += v.women;
    sum.men += v.men;
    if (v.other !== undefined) sum.other = (sum.other ?? 0) + v.other;
    if (v.unknown !== undefined) sum.unknown = (sum.unknown ?? 0) + v.unknown;
  }
  return sum;
}

export interface TrendInput {
  indicator: IndicatorObject;
  year: number;
  byYear: AccountsByYear;
  /** The end of the plan period: the target's year when it has none. */
  periodStart: number;
  periodEnd: number;
  valueIn: (account: Account) => Value | undefined;
  actionId: string;
}

export function indicatorTrend(i: TrendInput): IndicatorTrend {
  const { indicator: ind } = i;
  const progressBy: ProgressBy =
    (ind.progressBy as ProgressBy | undefined) ?? (ind.disaggregation?.includes('sex') ? 'share-women' : 'value');
  const years = [...i.byYear.keys()].filter((y) => y <= i.year).sort((a, b) => a - b);
  if (!years.includes(i.year)) years.push(i.year);
  const series: YearFigure[] = years.map((year) => {
    const accounts = i.byYear.get(year)?.get(i.actionId) ?? [];
    const values = accounts.map(i.valueIn).filter((v): v is Value => v !== undefined);
    const value = combine(values, ind.unit);
    return { year, figure: value === undefined ? null : figureOf(value) };
  });
  const trend: IndicatorTrend = { progressBy, series, setback: false };
  const now = series.find((s) => s.year === i.year)?.figure ?? undefined;
  const before = [...series].reverse().find((s) => s.year < i.year && s.figure);
  if (now) trend.current = now;
  if (before?.figure) trend.previous = { year: before.year, figure: before.figure };
  const m = (v: Value | undefined) => (v === undefined ? undefined : measureOf(v, progressBy));
  const mNow = m(now?.value);
  const mBefore = m(before?.figure?.value);
  if (mNow !== undefined && mBefore !== undefined)
    trend.trend = mNow > mBefore ? 'up' : mNow < mBefore ? 'down' : 'same';
  const mTarget = m(ind.target?.value);
  if (mTarget === undefined || mNow === undefined) return trend;
  trend.distance = round(mTarget - mNow);
  if (mBefore !== undefined && Math.abs(mTarget - mNow) > Math.abs(mTarget - mBefore)) trend.setback = true;
  // The start: the baseline, or else the earliest value reported.
  const first = series.find((s) => s.figure && s.year < i.year);
  const start =
    ind.baseline !== undefined
      ? { year: ind.baseline.year ?? i.periodStart, value: m(ind.baseline.value) }
      : first?.figure
        ? { year: first.year, value: m(first.figure.value) }
        : undefined;
  if (start?.value === undefined) return trend;
  const progress = classifyProgress(
    { year: start.year, value: start.value },
    { year: i.year, value: mNow },
    { year: ind.target?.year ?? i.periodEnd, value: mTarget },
  );
  if (progress) trend.progress = progress;
  return trend;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** Whether an indicator's measure is a percentage: a share of women, or a value counted in percent. */
export function isPercentage(by: ProgressBy, ind: IndicatorObject): boolean {
  return by === 'share-women' || (by === 'value' && ind.unit === 'percent');
}

/** A measure in words: a percentage, an amount of money in its currency, or a number. */
export function measureText(f: Formatter, by: ProgressBy, ind: IndicatorObject, n: number): string {
  if (isPercentage(by, ind)) return f.percent(n);
  if (ind.unit === 'amount' && ind.currency) return f.money(n, ind.currency);
  return f.number(n);
}
