import type { Finding } from '../../rules/finding.js';
import { rules } from '../../rules/index.js';

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
    rule: rules[f.code].title,
    message: f.message,
    fix: f.fix ?? null,
    pointer: f.pointer ?? null,
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}
