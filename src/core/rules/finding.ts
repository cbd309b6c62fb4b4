import { byName } from '../text/by-name.js';
import { type RuleCode, rules } from './index.js';
import type { Severity } from './rule.js';

export type { RuleCode } from './index.js';
export type { Severity } from './rule.js';

// The list (index.ts) never imports this file, so the code type comes from it without a circle.

/** One problem found in an input file, positioned for a human and for CI annotations. */
export interface Finding {
  /** Stable rule code, e.g. NAP012. */
  code: RuleCode;
  severity: Severity;
  /** Path of the file as given to nap (relative paths stay relative). */
  file: string;
  /** 1-based line and column of the start of the offending text. */
  line: number;
  column: number;
  /** 1-based end position, when known. */
  endLine?: number;
  endColumn?: number;
  /** What is wrong, in words a clerk understands. */
  message: string;
  /** How to fix it. */
  fix?: string;
  /** JSON pointer of the offending value inside the file's data, when there is one. */
  pointer?: string;
  /** In a workbook, the cell as people name it (Indicators!F12); line and column are then its row and column. */
  cell?: string;
}

export interface Span {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** A finding for a rule, with the rule's severity. */
export function findingAt(
  code: RuleCode,
  file: string,
  at: Span,
  message: string,
  fix?: string,
  pointer?: string,
): Finding {
  const f: Finding = { code, severity: rules[code].severity, file, ...at, message };
  if (fix) f.fix = fix;
  if (pointer !== undefined) f.pointer = pointer;
  return f;
}

/** By file (in the order folders are listed: English, whatever the user's locale), then place and code. */
export function compareFindings(a: Finding, b: Finding): number {
  return byName(a.file, b.file) || a.line - b.line || a.column - b.column || byName(a.code, b.code);
}
