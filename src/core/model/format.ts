import { type Messages, message } from './messages.js';
import type { Indicator, IndicatorObject, SexValues, Value } from './types.generated.js';

/** Numbers, dates and indicator values written for one language. */
export class Formatter {
  readonly #number: Intl.NumberFormat;
  readonly #percent: Intl.NumberFormat;
  readonly #percentFine: Intl.NumberFormat;

  constructor(
    readonly lang: string,
    readonly messages: Messages,
  ) {
    this.#number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    this.#percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
    this.#percentFine = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  }

  t(key: string, params?: Record<string, unknown>): string {
    return message(this.messages, key, params);
  }

  number(n: number): string {
    return this.#number.format(plain(n));
  }

  /** A share from 0 to 1 as a percentage. */
  share(fraction: number): string {
    return this.#percent.format(plain(fraction));
  }

  /** A percentage from 0 to 100, with at most one decimal: 6.5%, 6,5 %. */
  percent(value: number): string {
    return this.#percentFine.format(plain(value / 100));
  }

  /** "French", "français", "Frans": a language tag named in this document's language. */
  languageName(tag: string): string {
    try {
      return new Intl.DisplayNames([this.lang], { type: 'language' }).of(tag) ?? tag;
    } catch {
      return tag;
    }
  }

  date(d: Date): string {
    return new Intl.DateTimeFormat(this.lang, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
  }

  /** A date written YYYY-MM-DD (a submission, a due date), in words. */
  isoDate(s: string): string {
    return this.date(new Date(`${s}T00:00:00Z`));
  }

  money(amount: number, currency: string): string {
    try {
      return new Intl.NumberFormat(this.lang, { style: 'currency', currency, maximumFractionDigits: 0 }).format(
        plain(amount),
      );
    } catch {
      return `${this.number(amount)} ${currency}`;
    }
  }

  /** A reported, baseline or target value as text, in the indicator's unit. */
  value(indicator: Indicator, value: Value): string {
    const obj: IndicatorObject | undefined = typeof indicator === 'string' ? undefined : indicator;
    if (typeof value === 'object' && value !== null) return this.#bySex(obj, value);
    return this.#scalar(obj, value);
  }

  #scalar(ind: IndicatorObject | undefined, v: number | boolean | string): string {
    if (typeof v === 'boolean') return this.t(v ? 'common.yes' : 'common.no');
    if (typeof v === 'string') return v;
    if (ind?.unit === 'percent') return this.share(v / 100);
    if (ind?.unit === 'amount' && ind.currency) return this.money(v, ind.currency);
    return this.number(v);
  }

  #bySex(ind: IndicatorObject | undefined, v: SexValues): string {
    const parts = (['women', 'men', 'other', 'unknown'] as const)
      .filter((k) => v[k] !== undefined)
      .map((k) => `${this.t(`common.${k}`)} ${this.#scalar(ind, v[k]!)}`);
    return parts.join(', ');
  }
}

/** Share of women among people whose sex is known (women, men, other); undefined when there are none. */
export function womenShare(v: Value): number | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const known = v.women + v.men + (v.other ?? 0);
  return known > 0 ? v.women / known : undefined;
}

/** Distance of a value from a target, for comparing years; undefined when not comparable. */
export function distanceToTarget(value: Value, target: Value): number | undefined {
  if (typeof value === 'number' && typeof target === 'number') return Math.abs(target - value);
  if (typeof value === 'object' && value !== null && typeof target === 'object' && target !== null) {
    let d = 0;
    for (const k of ['women', 'men', 'other', 'unknown'] as const) {
      if (target[k] !== undefined) d += Math.abs(target[k]! - (value[k] ?? 0));
    }
    return d;
  }
  if (typeof value === 'boolean' && typeof target === 'boolean') return value === target ? 0 : 1;
  return undefined;
}

/** -0 as 0: "-0" means nothing to a reader. */
function plain(n: number): number {
  return Object.is(n, -0) ? 0 : n;
}
