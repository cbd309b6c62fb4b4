/** Lowercase letters, digits, `.` and `-`: how nearly every plan, folder and file is named. */
const SIMPLE = /^[a-z0-9.-]*$/;

/**
 * Names in the order people expect, as `localeCompare` in English gives it, whatever the user's
 * locale: folders are listed, and findings sorted, alike on every machine. Names that are SIMPLE,
 * which that order compares character by character (a test holds the two together), are compared
 * so here: the first `localeCompare` of a run starts ICU's collator, 7 ms of a small `nap validate`.
 */
export function byName(a: string, b: string): number {
  if (SIMPLE.test(a) && SIMPLE.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return a.localeCompare(b, 'en');
}
