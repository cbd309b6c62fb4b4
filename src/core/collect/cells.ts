import type { RuleCode } from '../rules/index.js';

/** A cell's content as nap reads it: the value shown, and whether a formula computed it. */
export interface CellValue {
  value: string | number | boolean | Date | undefined;
  formula: boolean;
  /** The cell's number format: a '%' in it means the value is a fraction shown as a percentage. */
  numFmt?: string;
}

/** What a cell means, or why it means nothing: a value, or a problem with its code. */
export type Read<T> = { value?: T; problem?: { code: RuleCode; message: string; fix: string } };

/** "N/A", "-", "n.a.", "?": what people type for "no figure". */
const PLACEHOLDER = /^(n\s*\/\s*a|n\.?\s*a\.?|n\.?\s*d\.?|s\.?\s*o\.?|n\.?v\.?t\.?|-+|–|—|\?+|x|none|nil)$/i;

export function isPlaceholder(s: string): boolean {
  return PLACEHOLDER.test(s.trim());
}

/** A word as typed, for matching against a list's words: case, spaces, dashes and underscores aside. */
export function normalise(s: string): string {
  return s
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
}

/**
 * A value chosen from a drop-down, matched by its words (in every language nap speaks): a
 * placeholder such as N/A is no choice, anything else not in the list is `unknown`.
 */
export function readChoice<V>(
  cell: CellValue,
  choices: ReadonlyMap<string, V>,
  none: { what: string; leave: string },
  unknown: (typed: string) => NonNullable<Read<V>['problem']>,
): Read<V> {
  const s = readText(cell);
  if (s === undefined) return {};
  const found = choices.get(normalise(s));
  if (found !== undefined) return { value: found };
  if (isPlaceholder(s))
    return {
      problem: {
        code: 'NAP113',
        message: `'${s}' is read as no ${none.what}`,
        fix: `choose the ${none.what} from the list, or leave the ${none.leave} empty`,
      },
    };
  return { problem: unknown(s) };
}

const show = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : `'${String(v)}'`);

/**
 * A number typed as text: a decimal point or a decimal comma, never thousands separators. One
 * separator followed by exactly three digits (12,500; 1.200, as Belgium and France write 1 200)
 * may separate thousands: refused rather than guessed, except a dot in a percentage, which
 * cannot be a thousand or more.
 */
function numberFromText(raw: string, unit: NumberUnit): Read<number> & { comma?: boolean } {
  const s = raw.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  const dotted = unit !== 'percent' && /^[+-]?[1-9]\d{0,2}\.\d{3}$/.test(s);
  if (!dotted && /^[+-]?\d+(\.\d+)?$/.test(s)) return { value: Number(s) };
  if (dotted || /^[+-]?\d{1,3},\d{3}$/.test(s))
    return {
      problem: {
        code: 'NAP111',
        message: `${show(raw)} could be a number with a thousands separator or with a decimal comma`,
        fix: 'type the number without a thousands separator (12500), or with a decimal point (12.5) and the decimals you mean (12.50)',
      },
    };
  if (/^[+-]?\d+,\d+$/.test(s)) return { value: Number(s.replace(',', '.')), comma: true };
  return {
    problem: {
      code: 'NAP111',
      message: `${show(raw)} is not a number`,
      fix: 'type the figure alone, without words, units or thousands separators, or leave the cell empty',
    },
  };
}

/** Rounding that undoes 0.45 * 100 = 45.00000000000001. */
function tidy(n: number): number {
  return Number.parseFloat(n.toPrecision(12));
}

export type NumberUnit = 'count' | 'percent' | 'amount';

/**
 * A count, percentage or amount from a cell. Warnings are returned beside the value (a decimal
 * comma read as a point); a problem is an error, or a placeholder (N/A) read as no value.
 */
export function readNumber(cell: CellValue, unit: NumberUnit): Read<number> & { warning?: Read<number>['problem'] } {
  let { value } = cell;
  let warning: Read<number>['problem'];
  if (value === undefined) return {};
  if (value instanceof Date || typeof value === 'boolean')
    return { problem: { code: 'NAP111', message: `${show(value)} is not a number`, fix: 'type the figure alone' } };
  if (typeof value === 'string') {
    const s = value.trim();
    if (s === '') return {};
    if (isPlaceholder(s))
      return {
        problem: {
          code: 'NAP113',
          message: `${show(s)} is read as no figure`,
          fix: 'leave the cell empty when there is no figure, or type the figure',
        },
      };
    const pct = /^(.*?)\s*%$/.exec(s);
    if (pct && unit !== 'percent')
      return {
        problem: {
          code: 'NAP111',
          message: `${show(s)} is a percentage, but this cell takes a ${unit === 'count' ? 'whole number' : 'amount'}`,
          fix: 'type the figure alone',
        },
      };
    const n = numberFromText(pct ? pct[1]! : s, unit);
    if (n.problem) return n;
    if (n.comma)
      warning = {
        code: 'NAP114',
        message: `${show(s)} is read as ${String(n.value).replace(',', '.')}`,
        fix: 'check the value; type numbers into the cell as numbers',
      };
    value = n.value!;
  } else if (unit === 'percent' && cell.numFmt?.includes('%')) {
    // 45 % typed into a spreadsheet is the fraction 0.45 shown as a percentage.
    value = tidy(value * 100);
  }
  const n = value as number;
  if (!Number.isFinite(n))
    return { problem: { code: 'NAP111', message: `${show(n)} is not a number`, fix: 'type the figure alone' } };
  const out = (p: Read<number>['problem']): Read<number> & { warning?: Read<number>['problem'] } =>
    warning ? { problem: p, warning } : { problem: p };
  if (n < 0) return out({ code: 'NAP112', message: `${n} is negative`, fix: 'type a value of 0 or more' });
  if (unit === 'count' && !Number.isInteger(n))
    return out({
      code: 'NAP111',
      message: `${n} is not a whole number`,
      fix: 'a count is a whole number: type it without decimals',
    });
  if (unit === 'percent' && n > 100)
    return out({ code: 'NAP112', message: `${n} is more than 100 %`, fix: 'type a percentage from 0 to 100' });
  if (unit === 'percent' && n > 0 && n < 1 && typeof cell.value === 'number' && !cell.numFmt?.includes('%'))
    return out({
      code: 'NAP112',
      message: `${n} looks like a fraction, but percentages are written from 0 to 100`,
      fix: `type ${tidy(n * 100)} for ${tidy(n * 100)} %, or ${n}% if less than one percent was meant`,
    });
  return warning ? { value: tidy(n), warning } : { value: tidy(n) };
}

const YES = new Set(['yes', 'y', 'true', 'oui', 'ja', 'vrai', 'waar', '1', 'x']);
const NO = new Set(['no', 'n', 'false', 'non', 'nee', 'faux', 'onwaar', '0']);

export function readYesNo(cell: CellValue): Read<boolean> {
  const v = cell.value;
  if (v === undefined || (typeof v === 'string' && v.trim() === '')) return {};
  if (typeof v === 'boolean') return { value: v };
  const s = String(v).trim().toLowerCase();
  if (YES.has(s)) return { value: true };
  if (NO.has(s)) return { value: false };
  if (isPlaceholder(s))
    return {
      problem: {
        code: 'NAP113',
        message: `${show(v)} is read as no answer`,
        fix: 'leave the cell empty, or choose yes or no',
      },
    };
  return { problem: { code: 'NAP117', message: `${show(v)} is not yes or no`, fix: 'choose yes or no from the list' } };
}

/** A date: a date cell, an ISO date, or day/month/year as Europe writes it. */
export function readDate(cell: CellValue): Read<string> {
  const v = cell.value;
  if (v === undefined || (typeof v === 'string' && v.trim() === '')) return {};
  const bad = (): Read<string> => ({
    problem: {
      code: 'NAP118',
      message: `${show(v)} is not a date`,
      fix: 'type the date as YYYY-MM-DD, for example 2016-01-20',
    },
  });
  if (v instanceof Date) return inRange(v) ? { value: v.toISOString().slice(0, 10) } : bad();
  if (typeof v === 'number') {
    // A date that lost its format: the spreadsheet's day number (1 = 1900-01-01, with Excel's leap-year slip).
    const d = new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86_400_000);
    return Number.isInteger(v) && inRange(d) ? { value: d.toISOString().slice(0, 10) } : bad();
  }
  const s = String(v).trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  let ymd = m ? [m[1], m[2], m[3]] : undefined;
  m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(s);
  if (m) ymd = [m[3], m[2], m[1]];
  if (!ymd) return bad();
  const [y, mo, d] = ymd.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || !inRange(date))
    return bad();
  return { value: date.toISOString().slice(0, 10) };
}

function inRange(d: Date): boolean {
  const y = d.getUTCFullYear();
  return !Number.isNaN(d.getTime()) && y >= 1990 && y <= 2200;
}

/** Free text: trimmed, numbers and dates as shown; empty is nothing. */
export function readText(cell: CellValue): string | undefined {
  const v = cell.value;
  if (v === undefined) return undefined;
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v).trim();
  return s === '' ? undefined : s;
}
