import type { Finding } from '../../rules/finding.js';
import { rules } from '../../rules/index.js';
import { markdownCodeCell, markdownInline } from '../../text/markdown-inline.js';
import { escapeTerminal } from '../../text/terminal.js';
import { countBySeverity } from './count.js';

/**
 * GitHub Actions workflow commands, one per finding, so problems show inline on pull requests.
 * The log view hides the file and line of a command, hence path:line:col in the message too.
 * What comes from the files is escaped: the log renders ANSI sequences, and a newline would end the message.
 */
export function formatGithub(findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const file = escapeTerminal(f.file);
      const props = [`file=${prop(file)}`, `line=${f.line}`, `col=${f.column}`];
      if (f.endLine) props.push(`endLine=${f.endLine}`);
      if (f.endColumn && f.endLine === f.line) props.push(`endColumn=${f.endColumn}`);
      props.push(`title=${prop(`${f.code} ${rules[f.code].title}`.trim())}`);
      const text = `${file}:${f.line}:${f.column} ${escapeTerminal(f.message)}${f.fix ? ` (fix: ${escapeTerminal(f.fix)})` : ''}`;
      return `::${f.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${data(text)}\n`;
    })
    .join('');
}

/**
 * Markdown for $GITHUB_STEP_SUMMARY: GitHub shows only the first 10 annotations
 * of a step, so the summary lists every finding. Texts from the files are shown, never interpreted.
 */
export function githubSummary(findings: readonly Finding[], checkedFiles: number): string {
  const { errors, warnings } = countBySeverity(findings);
  const head = `### nap validate: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${checkedFiles} file${checkedFiles === 1 ? '' : 's'}\n\n`;
  if (!findings.length) return `${head}No problems found.\n`;
  // Escaped for the terminal first, so that a line break in a quoted key shows as \n there too.
  const cell = (s: string) => markdownInline(escapeTerminal(s));
  const rows = findings.map(
    (f) =>
      `| ${f.severity} | ${markdownCodeCell(escapeTerminal(`${f.file}:${f.line}:${f.column}`))} | ${f.code} | ${cell(f.message)} | ${cell(f.fix ?? '')} |`,
  );
  return `${head}| severity | where | rule | problem | fix |\n|---|---|---|---|---|\n${rows.join('\n')}\n`;
}

function data(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function prop(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
