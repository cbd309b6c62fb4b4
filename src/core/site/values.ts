import type { Formatter } from '../model/format.js';
import { combine, figureOf } from '../model/trends.js';
import type { Indicator, IndicatorObject, SexValues, Value } from '../model/types.generated.js';
import type { IndicatorValues } from './facts.js';

const SEXES = ['women', 'men', 'other', 'unknown'] as const;

interface Cell {
  text: string;
  num: boolean;
}

/**
 * The table of an indicator on its action's page: every value as reported, each year and each
 * account (words, yes/no, numbers; per sex with their total and the share of women), between
 * the baseline and the target as the plan gives them. A year of several accounts that nap adds
 * up (counts, amounts) has a row for the sum, the figure its chart draws.
 */
export function valuesTable(
  ind: Indicator,
  reported: IndicatorValues,
  f: Formatter,
  actorName: ReadonlyMap<string, string>,
) {
  const obj: IndicatorObject | undefined = typeof ind === 'string' ? undefined : ind;
  const unit = obj?.unit ?? 'text';
  const givens = [
    obj?.baseline?.value,
    obj?.target?.value,
    ...reported.years.flatMap((y) => y.values.map((v) => v.value)),
  ];
  const perSex = givens.filter((v): v is SexValues => typeof v === 'object' && v !== null);
  const bySex = obj?.disaggregation?.includes('sex') === true || perSex.length > 0;
  const sexes = SEXES.filter((s) => s === 'women' || s === 'men' || perSex.some((v) => v[s] !== undefined));
  // A total and a share of women mean something for people and money, not for percentages or yes/no.
  const adds = unit === 'count' || unit === 'amount';
  const numeric = adds || unit === 'percent';
  const scalar = (v: number | boolean | string): Cell => {
    if (typeof v !== 'number') return { text: f.value(ind, v), num: false };
    const text =
      unit === 'percent' ? f.percent(v) : unit === 'amount' && obj?.currency ? f.money(v, obj.currency) : f.number(v);
    return { text, num: true };
  };
  const heads = bySex
    ? [
        ...sexes.map((s) => ({ label: f.t(`site.sex.${s}`), num: numeric })),
        ...(adds ? [f.t('common.total'), f.t('site.shareWomen')].map((label) => ({ label, num: true })) : []),
      ]
    : [{ label: f.t('site.value'), num: numeric }];
  const empty: Cell = { text: '', num: false };
  const cells = (v: Value): Cell[] => {
    if (!bySex) return [typeof v === 'object' && v !== null ? { text: f.value(ind, v), num: false } : scalar(v)];
    if (typeof v !== 'object' || v === null) return [scalar(v), ...heads.slice(1).map(() => empty)];
    const fig = figureOf(v);
    return [
      ...sexes.map((s) => (v[s] === undefined ? empty : scalar(v[s]!))),
      ...(adds
        ? [
            fig.total === undefined ? empty : scalar(fig.total),
            fig.shareWomen === undefined ? empty : { text: f.percent(fig.shareWomen), num: true },
          ]
        : []),
    ];
  };
  const reporters = reported.years.some((y) => y.values.length > 1 || y.values.some((v) => v.reporter !== undefined));
  type Row = { head: string; reporter: string; cells: Cell[]; note?: string; illustrative: boolean };
  const point = (label: string, m: IndicatorObject['baseline']): Row[] =>
    m
      ? [
          {
            head: m.year === undefined ? label : `${label} ${m.year}`,
            reporter: '',
            cells: cells(m.value),
            illustrative: m.illustrative === true,
          },
        ]
      : [];
  const rows: Row[] = [
    ...point(f.t('site.baseline'), obj?.baseline),
    ...reported.years.flatMap(({ year, values }): Row[] => {
      const head = String(year);
      if (!values.length)
        return [{ head, reporter: '', cells: [], note: f.t('parliament.noValue'), illustrative: false }];
      const each = values.map((v) => ({
        head,
        reporter: v.reporter === undefined ? '' : (actorName.get(v.reporter) ?? v.reporter),
        cells: cells(v.value),
        illustrative: false,
      }));
      const sum =
        values.length > 1
          ? combine(
              values.map((v) => v.value),
              unit,
            )
          : undefined;
      return sum === undefined
        ? each
        : [...each, { head, reporter: f.t('site.allReports'), cells: cells(sum), illustrative: false }];
    }),
    ...point(f.t('site.target'), obj?.target),
  ];
  if (!rows.length) return undefined;
  return {
    caption: f.t('site.valuesCaption'),
    reporters,
    heads,
    rows: rows.map((r) => ({ ...r, reporters, span: heads.length })),
  };
}
