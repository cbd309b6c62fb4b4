import type { Finding } from '../finding.js';
import { rules, type RuleCode } from '../rules.js';

/** The documented machine output: an array of findings with a fixed key order (README, "JSON output"). */
export function formatJson(findings: readonly Finding[]): string {
  const rows = findings.map((f) => ({
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine ?? null,
    endColumn: f.endColumn ?? null,
    severity: f.severity,
    code: f.code,
    rule: rules[f.code as RuleCode]?.title ?? null,
    message: f.message,
    fix: f.fix ?? null,
    pointer: f.pointer ?? null,
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}
