import type { Finding } from '../finding.js';
import { rules, type RuleCode } from '../rules.js';

/** SARIF 2.1.0 for code-scanning dashboards: every rule described once, every finding located. */
export function formatSarif(findings: readonly Finding[], toolVersion: string): string {
  const codes = Object.keys(rules) as RuleCode[];
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'nap',
            version: toolVersion,
            rules: codes.map((id) => ({
              id,
              name: rules[id].title.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : '')),
              shortDescription: { text: rules[id].title },
              defaultConfiguration: { level: rules[id].severity },
            })),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.code,
          ruleIndex: codes.indexOf(f.code as RuleCode),
          level: f.severity,
          message: { text: f.fix ? `${f.message}. Fix: ${f.fix}.` : f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file.split('\\').join('/'), uriBaseId: '%SRCROOT%' },
                region: {
                  startLine: f.line,
                  startColumn: f.column,
                  ...(f.endLine ? { endLine: f.endLine } : {}),
                  ...(f.endColumn ? { endColumn: f.endColumn } : {}),
                },
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
