import type { Indicator, Value } from '../model/types.generated.js';

/** Why a value does not fit an indicator's unit, or undefined when it fits (docs/format.md, "Values by unit"). */
export function unitProblem(indicator: Indicator, value: Value): string | undefined {
  const unit = typeof indicator === 'string' ? 'text' : (indicator.unit ?? 'text');
  const bySex = typeof indicator !== 'string' && indicator.disaggregation?.includes('sex');
  if (bySex) {
    if (typeof value !== 'object' || value === null)
      return `values of this indicator are reported per sex, like { women: 12, men: 30 }`;
    for (const [sex, v] of Object.entries(value)) {
      const p = scalarProblem(unit, v);
      if (p) return `the value for ${sex} ${p}`;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    return `this indicator is not disaggregated by sex, so its value is a single ${unitWord(unit)}`;
  }
  const p = scalarProblem(unit, value);
  return p ? `the value ${p}` : undefined;
}

function scalarProblem(unit: string, v: unknown): string | undefined {
  switch (unit) {
    case 'count':
      return Number.isInteger(v) && (v as number) >= 0
        ? undefined
        : `must be a whole number of 0 or more (unit count), not ${show(v)}`;
    case 'percent':
      return typeof v === 'number' && v >= 0 && v <= 100
        ? undefined
        : `must be a percentage from 0 to 100 (unit percent), not ${show(v)}`;
    case 'amount':
      return typeof v === 'number' && v >= 0
        ? undefined
        : `must be an amount of 0 or more (unit amount), not ${show(v)}`;
    case 'yes-no':
      return typeof v === 'boolean' ? undefined : `must be true or false (unit yes-no), not ${show(v)}`;
    default:
      return typeof v === 'string'
        ? undefined
        : `must be text (the indicator has no unit, so it is reported in words), not ${show(v)}`;
  }
}

const UNIT_WORDS: ReadonlyMap<string, string> = new Map([
  ['count', 'whole number'],
  ['percent', 'percentage'],
  ['amount', 'amount'],
  ['yes-no', 'true or false'],
  ['text', 'text'],
]);

export function unitWord(unit: string): string {
  return UNIT_WORDS.get(unit) ?? unit;
}

function show(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}
