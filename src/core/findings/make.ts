import type { Finding } from './finding.js';
import { rules, type RuleCode } from './rules.js';

export interface Span {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** A finding for a rule, with the rule's severity. */
export function findingAt(code: RuleCode, file: string, at: Span, message: string, fix?: string, pointer?: string): Finding {
  const f: Finding = { code, severity: rules[code].severity, file, ...at, message };
  if (fix) f.fix = fix;
  if (pointer !== undefined) f.pointer = pointer;
  return f;
}
