import { CommanderError } from 'commander';
import { NapError } from '../core/errors.js';
import { formatStylish } from '../core/findings/format/stylish.js';
import { escapeTerminal, escapeTerminalLines } from '../core/text/terminal.js';
import { ValidationFailedError } from '../core/validate/validation-failed.js';
import type { Io } from './io.js';
import { paintFor } from './io.js';

/**
 * The one place where errors become messages and exit codes (0 ok, 1 invalid input, 2 usage or environment).
 * Messages and fixes can quote paths and values from files, so they are escaped before they are painted.
 */
export function exitCodeFor(err: unknown, io: Io): number {
  const paint = paintFor(io.stderr, io.env);
  if (err instanceof CommanderError) {
    // commander has printed its own message (or help/version, which are not failures).
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help')
      return 0;
    // A required option left out: say how to give it, not only that it is missing.
    const missing = /'(?:-\w, )?(--[\w-]+) <([^>]+)>' not specified/.exec(err.message);
    if (err.code === 'commander.missingMandatoryOptionValue' && missing)
      io.stderr.write(
        `     ${paint.green('fix:')} add ${missing[1]} ${missing[1] === '--year' ? '2016 (the year reported on)' : `<${missing[2]}>`}; --help after the command shows examples\n`,
      );
    return 2;
  }
  if (err instanceof ValidationFailedError) {
    io.stderr.write(formatStylish(err.findings, err.sources, paint, err.sources.size));
  }
  if (err instanceof NapError) {
    io.stderr.write(`${paint.red('nap:')} ${escapeTerminal(err.message)}  ${paint.dim(err.code)}\n`);
    if (err.hint) io.stderr.write(`     ${paint.green('fix:')} ${escapeTerminal(err.hint)}\n`);
    return err.exitCode;
  }
  const e = err instanceof Error ? err : new Error(String(err));
  io.stderr.write(`${paint.red('nap: internal error:')} ${escapeTerminal(e.message)}\n`);
  io.stderr.write(
    'This is a bug in nap, not in your files. Please report it to the nap maintainers with the command you ran and the files it read.\n',
  );
  if (io.env.NAP_DEBUG) io.stderr.write(`${escapeTerminalLines(e.stack ?? '')}\n`);
  else io.stderr.write('Run it again with NAP_DEBUG=1 to include the stack trace in the report.\n');
  return 2;
}
