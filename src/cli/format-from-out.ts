import type { Command } from 'commander';
import { formatOfFileName } from '../core/output/formats.js';

/**
 * `--out changes.pdf` without `--format`: the file's extension gives the format, in every command that has
 * both options (a hook before each command's action, so no command repeats it). An explicit `--format` is
 * kept, and a name with another format's extension is then refused by --out (output/targets.ts).
 */
export function formatFromOut(_program: Command, command: Command): void {
  const out: unknown = command.getOptionValue('out');
  if (typeof out !== 'string' || command.getOptionValueSource('format') !== 'default') return;
  const choices = command.options.find((o) => o.attributeName() === 'format')?.argChoices ?? [];
  const format = formatOfFileName(out, choices);
  if (format) command.setOptionValueWithSource('format', format, 'implied');
}
