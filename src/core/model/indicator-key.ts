import { isDigits } from '../text/digits.js';
import type { Indicator } from './types.generated.js';

/**
 * The indicator a progress file means by a key: a 1-based position ("1") or an indicator id
 * (docs/format.md). `indicator` is undefined when the action has no such indicator.
 */
export function indicatorByKey(
  indicators: readonly Indicator[],
  key: string,
): { position: number | undefined; indicator: Indicator | undefined } {
  return { position: positionOf(key), indicator: indicatorAt(indicators, key) };
}

/** The same indicator alone, with nothing allocated: rules look up every reported value. */
export function indicatorAt(indicators: readonly Indicator[], key: string): Indicator | undefined {
  const position = positionOf(key);
  if (position !== undefined) return indicators[position - 1];
  for (const i of indicators) if (typeof i !== 'string' && i.id === key) return i;
  return undefined;
}

/** The position a key of digits only names (`0` and `007` included), or undefined. */
function positionOf(key: string): number | undefined {
  return isDigits(key) ? Number(key) : undefined;
}

/** The ids of the named indicators of an action. */
export function indicatorIds(indicators: readonly Indicator[]): string[] {
  return indicators.flatMap((i) => (typeof i !== 'string' && i.id ? [i.id] : []));
}
