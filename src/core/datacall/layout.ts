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

/** The value of the hidden sheet's `format` row of an assessor's return (nap request --assessor). */
export const ASSESSMENT_FORMAT = 'nap-assessment';

/** The sheets of an assessor's return: the instructions, one row per action, one per indicator. */
export const ASSESSMENT_SHEETS = ['instructions', 'assessment', 'remarks'] as const;
export type AssessmentSheetKey = (typeof ASSESSMENT_SHEETS)[number];

/** Columns of the assessment sheet: the action and the government's account of the year, then the assessor's cells. */
export const ASSESSMENT_COLUMNS = [
  { key: 'id', input: false, width: 8 },
  { key: 'where', input: false, width: 10 },
  { key: 'text', input: false, width: 40 },
  { key: 'actors', input: false, width: 18 },
  { key: 'govStatus', input: false, width: 14 },
  { key: 'govSummary', input: false, width: 36 },
  { key: 'rating', input: true, width: 18 },
  { key: 'comment', input: true, width: 44 },
  { key: 'evidence', input: true, width: 30 },
] as const;

/** Columns of the remarks sheet: an indicator, the government's value of the year, the assessor's remark. */
export const REMARK_COLUMNS = [
  { key: 'action', input: false, width: 8 },
  { key: 'indicator', input: false, width: 10 },
  { key: 'text', input: false, width: 48 },
  { key: 'unit', input: false, width: 16 },
  { key: 'govValue', input: false, width: 22 },
  { key: 'remark', input: true, width: 48 },
] as const;

/** The cell of an assessor's instructions sheet for the method (how the assessment was made). */
export const METHOD_CELL = 'C11';

/** Rows of the hidden sheet: the return's identity. */
export interface ReturnMeta {
  /** RETURN_FORMAT for an actor's progress return, ASSESSMENT_FORMAT for an assessor's. */
  format: string;
  version: number;
  plan: string;
  year: number;
  actor: string;
  lang: string;
  fingerprint: string;
  due?: string;
  /** Sheet names in the return's language, by key (SHEETS, or ASSESSMENT_SHEETS). */
  sheets: Record<string, string>;
  /** An assessor's return: the scale rated on, and the assessor when the plan does not declare it. */
  scale?: string;
  assessor?: DeclaredAssessor;
  /** The fingerprint of each action row when the return was made, to say what changed since. */
  actions: Map<string, string>;
  /** Column headings as written, by "sheet.column" key: columns are found by them. */
  columns?: Map<string, string>;
}

/** An assessor the plan does not declare, as its return records it and its assessment file declares it. */
export interface DeclaredAssessor {
  name: string;
  short?: string;
  type: 'civil-society' | 'academia' | 'parliament';
}

/** An item as a drop-down list shows it: the list is one formula string separated by commas. */
export function listItem(s: string): string {
  return s.replace(/,/g, ' ').replace(/"/g, "'");
}
