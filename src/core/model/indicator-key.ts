import type { Indicator } from './types.generated.js';

/**
 * The indicator a progress file means by a key: a 1-based position ("1") or an indicator id
 * (docs/format.md). `indicator` is undefined when the action has no such indicator.
 */
export function indicatorByKey(
  indicators: readonly Indicator[],
  key: string,
): { position: number | undefined; indicator: Indicator | undefined } {
  const position = /^\d+$/.test(key) ? Number(key) : undefined;
  const index =
    position !== undefined ? position - 1 : indicators.findIndex((i) => typeof i !== 'string' && i.id === key);
  return { position, indicator: indicators[index] };
}

/** The ids of the named indicators of an action. */
export function indicatorIds(indicators: readonly Indicator[]): string[] {
  return indicators.flatMap((i) => (typeof i !== 'string' && i.id ? [i.id] : []));
}
