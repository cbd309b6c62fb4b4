import type { Finding } from '../../rules/finding.js';
import type { Paint } from '../../text/paint.js';
import { visibleInLine } from '../../text/terminal.js';

const MAX_WIDTH = 110;

/**
 * The offending line with the one before it and a caret underneath, as compilers show it.
 * Controls and invisible characters in the lines are shown as one visible character each.
 */
export function codeFrame(
  lines: readonly string[],
  f: Pick<Finding, 'line' | 'column' | 'endLine' | 'endColumn'>,
  paint: Paint,
  indent = '    ',
): string {
  const line = lines[f.line - 1];
  if (line === undefined) return '';
  const width = String(f.line).length;
  const out: string[] = [];
  const shown = (s: string, offset: number) => visibleInLine(s.replace(/\t/g, '→')).slice(offset, offset + MAX_WIDTH);
  // Keep the caret on screen when the offending column is far to the right.
  const offset = f.column > MAX_WIDTH - 20 ? f.column - 40 : 0;
  const prev = lines[f.line - 2];
  if (prev !== undefined && prev.trim() !== '')
    out.push(paint.dim(`${indent}  ${String(f.line - 1).padStart(width)} | ${shown(prev, offset)}`));
  out.push(`${indent}${paint.red('>')} ${paint.bold(String(f.line).padStart(width))} | ${shown(line, offset)}`);
  const start = Math.max(1, f.column) - offset;
  const end =
    f.endLine === f.line && f.endColumn && f.endColumn > f.column
      ? f.endColumn - offset
      : Math.max(start + 1, line.trimEnd().length + 1 - offset);
  const carets = '^'.repeat(Math.max(1, Math.min(end - start, MAX_WIDTH - start + 1)));
  out.push(`${indent}  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, start - 1))}${paint.red(carets)}`);
  return out.join('\n');
}
