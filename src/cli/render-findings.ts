import { appendFile } from 'node:fs/promises';
import { EnvironmentError } from '../core/errors.js';
import { formatGithub, githubSummary } from '../core/findings/format/github.js';
import { formatJson } from '../core/findings/format/json.js';
import { formatSarif } from '../core/findings/format/sarif.js';
import { formatStylish } from '../core/findings/format/stylish.js';
import type { Finding } from '../core/rules/finding.js';
import { escapeTerminal } from '../core/text/terminal.js';
import { type Io, paintFor } from './io.js';
import { version } from './version.js';

/** Writes findings in the chosen format: machine formats to stdout only, nothing else mixed in. */
export async function render(
  format: string,
  findings: readonly Finding[],
  run: { sources: ReadonlyMap<string, string>; files: readonly string[] },
  io: Io,
): Promise<void> {
  switch (format) {
    case 'json':
      io.stdout.write(formatJson(findings));
      return;
    case 'sarif':
      io.stdout.write(formatSarif(findings, version));
      return;
    case 'github': {
      io.stdout.write(formatGithub(findings));
      const summaryFile = io.env.GITHUB_STEP_SUMMARY;
      if (summaryFile) {
        try {
          await appendFile(summaryFile, githubSummary(findings, run.files.length));
        } catch (err) {
          throw new EnvironmentError(
            `cannot write the step summary to ${summaryFile}: ${(err as Error).message}`,
            undefined,
            'E_WRITE',
          );
        }
      }
      return;
    }
    default:
      io.stdout.write(formatStylish(findings, run.sources, paintFor(io.stdout, io.env), run.files.length));
  }
}

/** The warnings of a run that wrote files: findings of the plan files (with their place), then other warnings. */
export function writeWarnings(io: Io, findings: readonly Finding[], warnings: readonly string[] = []): void {
  const paint = paintFor(io.stderr, io.env);
  for (const w of findings)
    io.stderr.write(
      `${paint.yellow('warning')} ${escapeTerminal(`${w.file}:${w.line}:${w.column} ${w.message}`)} ${paint.dim(w.code)}\n`,
    );
  for (const w of warnings) io.stderr.write(`${paint.yellow('warning')} ${escapeTerminal(w)}\n`);
}
