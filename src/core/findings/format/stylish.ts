import type { Finding } from '../../rules/finding.js';
import type { Paint } from '../../text/paint.js';
import { escapeTerminal } from '../../text/terminal.js';
import { codeFrame } from './code-frame.js';
import { countBySeverity } from './count.js';

/** Beyond this many findings in one file, the rest are counted, not shown. */
export const MAX_SHOWN_PER_FILE = 50;

/**
 * Human output: findings grouped by file, each with its code frame and fix, then a summary line.
 * Paths, messages and fixes quote the files, so they are escaped before they are painted.
 */
export function formatStylish(
  findings: readonly Finding[],
  sources: ReadonlyMap<string, string>,
  paint: Paint,
  checkedFiles: number,
): string {
  const out: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byFile.get(f.file);
    if (list) list.push(f);
    else byFile.set(f.file, [f]);
  }
  for (const [file, list] of byFile) {
    out.push(paint.underline(escapeTerminal(file)));
    const lines = sources.get(file)?.split(/\r?\n/);
    for (const f of list.slice(0, MAX_SHOWN_PER_FILE)) {
      const sev = f.severity === 'error' ? paint.red('error') : paint.yellow('warning');
      out.push(
        `  ${paint.dim(f.cell !== undefined ? escapeTerminal(f.cell) : `${f.line}:${f.column}`)}  ${sev}  ${escapeTerminal(f.message)}  ${paint.dim(f.code)}`,
      );
      if (lines !== undefined) {
        const frame = codeFrame(lines, f, paint);
        if (frame) out.push(frame);
      }
      if (f.fix) out.push(`    ${paint.green('fix:')} ${escapeTerminal(f.fix)}`);
      out.push('');
    }
    if (list.length > MAX_SHOWN_PER_FILE) {
      out.push(
        paint.dim(
          `  … and ${list.length - MAX_SHOWN_PER_FILE} more problems in this file (--format json lists them all)`,
        ),
        '',
      );
    }
  }
  out.push(summaryLine(findings, paint, checkedFiles));
  return `${out.join('\n')}\n`;
}

function summaryLine(findings: readonly Finding[], paint: Paint, checkedFiles: number): string {
  const { errors, warnings } = countBySeverity(findings);
  const files = `${checkedFiles} file${checkedFiles === 1 ? '' : 's'} checked`;
  if (!errors && !warnings) return paint.green(`✔ no problems (${files})`);
  const parts = [`${errors} error${errors === 1 ? '' : 's'}`, `${warnings} warning${warnings === 1 ? '' : 's'}`].join(
    ', ',
  );
  const line = `${errors ? '✖' : '⚠'} ${errors + warnings} problem${errors + warnings === 1 ? '' : 's'} (${parts}; ${files})`;
  return errors ? paint.red(paint.bold(line)) : paint.yellow(paint.bold(line));
}
