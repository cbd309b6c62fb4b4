/**
 * A copy of plain data (objects, arrays) with every string passed through `fn`, except the
 * values of the keys in `codes`: codes such as a word operation's '+' are not text to escape.
 */
export function mapStrings<T>(value: T, fn: (s: string) => string, codes: ReadonlySet<string> = new Set()): T {
  if (typeof value === 'string') return fn(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn, codes)) as T;
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, codes.has(k) ? v : mapStrings(v, fn, codes)]),
    ) as T;
  return value;
}

/** The keys of a PlanDiff whose values are codes nap chose, never text from a plan. */
export const DIFF_CODES: ReadonlySet<string> = new Set([
  'op',
  'kind',
  'level',
  'aspects',
  'by',
  'main',
  'field',
  'status',
  'fate',
]);
