import { isDigits } from '../text/digits.js';

/**
 * Plain scalars under the YAML 1.2 core schema, resolved exactly as eemeli/yaml does (the tests of
 * yaml/dist/schema/core, in the same order), for the fast parser and the event ranges.
 */

/** A whole number as YAML 1.2 core writes it: decimal, octal (0o17) or hexadecimal (0x1F). */
export const INTEGER = /^[-+]?(?:[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;

// eemeli/yaml's core schema (yaml/dist/schema/core), the same tests in the same order, but for
// its null and bool words, which WORDS answers for every scalar that starts with a letter.
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
// The null and bool words of the core schema: what a scalar starting with a letter can be besides text.
const WORDS: ReadonlyMap<string, null | boolean> = new Map([
  ...['null', 'Null', 'NULL'].map((w) => [w, null] as const),
  ...['true', 'True', 'TRUE'].map((w) => [w, true] as const),
  ...['false', 'False', 'FALSE'].map((w) => [w, false] as const),
]);
// Characters other than letters a plain scalar of the core schema other than text can start with.
const NON_TEXT_START = /^[~0-9+\-.]/;

/** A plain scalar's value under the YAML 1.2 core schema, exactly as eemeli/yaml resolves it. */
export function resolvePlain(s: string): unknown {
  if (s === '') return null;
  // Most scalars are words. One that starts with a letter is null, true or false as spelled in
  // WORDS (the only tests below a letter can pass), or else text: no regular expression, and a
  // lookup only for the four or five letters from n, t or f that these words are (hashing every
  // key and sentence of a large plan cost 5% of reading it).
  const c = s.charCodeAt(0) | 0x20;
  if (c >= 97 && c <= 122) {
    if ((s.length !== 4 && s.length !== 5) || (c !== 110 && c !== 116 && c !== 102)) return s;
    return WORDS.has(s) ? WORDS.get(s) : s;
  }
  // Digits alone (`2021`, the `1` of an indicator) are INT, the first test they pass below.
  if (isDigits(s)) return Number.parseInt(s, 10);
  if (!NON_TEXT_START.test(s)) return s;
  if (s === '~') return null;
  if (INT_OCT.test(s)) return Number.parseInt(s.substring(2), 8);
  if (INT.test(s)) return Number.parseInt(s, 10);
  if (INT_HEX.test(s)) return Number.parseInt(s.substring(2), 16);
  if (FLOAT_NAN.test(s))
    return s.slice(-3).toLowerCase() === 'nan'
      ? Number.NaN
      : s[0] === '-'
        ? Number.NEGATIVE_INFINITY
        : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return Number.parseFloat(s);
  return s;
}

/** Keys longer than this are left to eemeli/yaml, which refuses implicit keys over 1024 characters. */
export const MAX_KEY_CHARS = 1000;

/**
 * The property name eemeli/yaml makes of a key's value, or undefined where the fast readers leave
 * the file to it: a null key, or a number written otherwise than JavaScript prints it (`1.10:` is
 * the number 1.1, which the positional parser reports as NAP030).
 */
export function keyName(value: unknown, written: string): string | undefined {
  if (value === null) return undefined;
  const key = String(value);
  return typeof value === 'number' && written !== key ? undefined : key;
}
