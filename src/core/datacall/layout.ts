/**
 * The layout of a return workbook, shared by `nap request` (which writes it) and `nap collect`
 * (which reads it back). Columns are found by their heading, rows by their ids: a clerk may
 * insert, sort or delete rows, and the return is still read right.
 */

/** Version of the return's layout, recorded in its hidden sheet. */
export const RETURN_VERSION = 1;

/** The value of the hidden sheet's `format` row: this workbook is a nap return. */
export const RETURN_FORMAT = 'nap-return';

/** Name of the hidden sheet with the return's identity (plan, year, actor, fingerprint). */
export const META_SHEET = 'nap';

export const SHEETS = ['instructions', 'actions', 'indicators'] as const;
export type SheetKey = (typeof SHEETS)[number];

/** Columns of the actions sheet, in order; `input` ones are filled in by the actor. */
export const ACTION_COLUMNS = [
  { key: 'id', input: false, width: 8 },
  { key: 'where', input: false, width: 12 },
  { key: 'text', input: false, width: 48 },
  { key: 'actors', input: false, width: 22 },
  { key: 'lastStatus', input: false, width: 14 },
  { key: 'lastSummary', input: false, width: 36 },
  { key: 'status', input: true, width: 16 },
  { key: 'summary', input: true, width: 48 },
  { key: 'spent', input: true, width: 14 },
  { key: 'currency', input: true, width: 10 },
  { key: 'sources', input: true, width: 32 },
] as const;

/** Columns of the indicators sheet; the value columns apply by the indicator's unit and disaggregation. */
export const INDICATOR_COLUMNS = [
  { key: 'action', input: false, width: 8 },
  { key: 'indicator', input: false, width: 10 },
  { key: 'text', input: false, width: 48 },
  { key: 'unit', input: false, width: 16 },
  { key: 'last', input: false, width: 18 },
  { key: 'value', input: true, width: 22 },
  { key: 'women', input: true, width: 10 },
  { key: 'men', input: true, width: 10 },
  { key: 'other', input: true, width: 10 },
  { key: 'unknown', input: true, width: 10 },
] as const;

export type ActionColumn = (typeof ACTION_COLUMNS)[number]['key'];
export type IndicatorColumn = (typeof INDICATOR_COLUMNS)[number]['key'];

export const SEXES = ['women', 'men', 'other', 'unknown'] as const;

/** The statuses an actor chooses from (not-reported is what nap says when nothing came). */
export const CHOSEN_STATUSES = ['not-started', 'in-progress', 'delayed', 'completed', 'discontinued'] as const;
export type ChosenStatus = (typeof CHOSEN_STATUSES)[number];

/** The cell of the instructions sheet where the actor may give the date of submission. */
export const SUBMITTED_CELL = 'C10';

/** Spreadsheet column letters of a 1-based column number: 1 -> A, 27 -> AA. */
export function columnLetters(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** Rows of the hidden sheet: the return's identity. */
export interface ReturnMeta {
  format: string;
  version: number;
  plan: string;
  year: number;
  actor: string;
  lang: string;
  fingerprint: string;
  due?: string;
  /** Sheet names in the return's language, by key. */
  sheets: Record<SheetKey, string>;
  /** The fingerprint of each action row when the return was made, to say what changed since. */
  actions: Map<string, string>;
  /** Column headings as written, by "sheet.column" key: columns are found by them. */
  columns?: Map<string, string>;
}
