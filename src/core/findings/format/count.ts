import type { Finding } from '../../rules/finding.js';

/** Errors and warnings among findings, for the closing line of a report. */
export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const f of findings) if (f.severity === 'error') errors++;
  return { errors, warnings: findings.length - errors };
}
