import { Command } from 'commander';
import { escapeTerminalLines } from '../core/text/terminal.js';
import { registerCollect } from './commands/collect.js';
import { registerDiff } from './commands/diff.js';
import { registerExport } from './commands/export.js';
import { registerReport } from './commands/report.js';
import { registerRequest } from './commands/request.js';
import { registerSite } from './commands/site.js';
import { registerStatus } from './commands/status.js';
import { registerValidate } from './commands/validate.js';
import { exitCodeFor } from './failure.js';
import { formatFromOut } from './format-from-out.js';
import type { Io } from './io.js';
import { version } from './version.js';

/** Runs nap with user arguments (without `node nap`) and returns the exit code. Never exits the process. */
export async function run(args: readonly string[], io: Io): Promise<number> {
  const state = { exitCode: 0 };
  const program = new Command('nap')
    .description(
      'National Action Plans on UNSCR 1325 as code: validate plans, report progress, compare editions, run the yearly data call.',
    )
    .version(version, '-V, --version')
    .exitOverride()
    .showSuggestionAfterError()
    .hook('preAction', formatFromOut)
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      // Its errors quote the arguments, which may be names of files.
      writeErr: (s) => io.stderr.write(escapeTerminalLines(s)),
    })
    .addHelpText(
      'after',
      [
        '',
        'Run `nap <command> --help` for the options and examples of a command.',
        'The plan format is described in docs/format.md.',
        'Exit codes: 0 ok, 1 invalid input or differences, 2 usage or environment error,',
        '129, 130 or 143 stopped by SIGHUP, Ctrl-C or SIGTERM. Errors carry a code (E_...) listed in README.',
      ].join('\n'),
    );
  registerValidate(program, io, state);
  registerReport(program, io, state);
  registerDiff(program, io, state);
  registerExport(program, io, state);
  registerSite(program, io, state);
  registerRequest(program, io, state);
  registerCollect(program, io, state);
  registerStatus(program, io, state);
  try {
    if (args.length === 0) {
      program.outputHelp();
      return 2;
    }
    await program.parseAsync([...args], { from: 'user' });
    return state.exitCode;
  } catch (err) {
    return exitCodeFor(err, io);
  }
}

/** Entry point of bin/nap.js: the only place that touches the real process. */
export async function main(): Promise<void> {
  // The YAML parser reads process.env.LOG_TOKENS for every token; the native env
  // getter made that a quarter of the parse time of a large plan. A plain copy is fast.
  process.env = { ...process.env };
  // A reader that stopped reading (`nap validate | head`) is no failure of the run: the rest of
  // what it would have read is dropped, and the files asked for are still written.
  for (const out of [process.stdout, process.stderr])
    out.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
    });
  const interrupt = new AbortController();
  const io: Io = {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    signal: interrupt.signal,
    holdSignals: signalHolder(interrupt),
    platform: process.platform,
  };
  process.exitCode = await run(process.argv.slice(2), io);
}

const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/**
 * While held, SIGINT, SIGTERM and SIGHUP abort the work, which cleans up and exits 130,
 * 143 or 129; a second signal runs the holders' synchronous last-resort cleanups (kill the
 * browser's process group, remove its profile) and exits at once. Not held (reading and
 * checking files, where nothing needs undoing, or a long synchronous loop that could not see
 * a flag), the default applies and the process ends immediately. A process that exits while
 * held, whatever the cause, runs the last-resort cleanups on its way out.
 */
function signalHolder(interrupt: AbortController): (lastResort?: () => void) => () => void {
  let holds = 0;
  const lastResorts = new Set<() => void>();
  const handlers = Object.keys(SIGNALS).map((name) => {
    const sig = name as keyof typeof SIGNALS;
    const handler = () => {
      if (interrupt.signal.aborted) {
        cleanUpNow();
        process.exit(SIGNALS[sig]);
      }
      interrupt.abort(sig);
    };
    return [sig, handler] as const;
  });
  const cleanUpNow = () => {
    for (const cleanUp of lastResorts) {
      try {
        cleanUp();
      } catch {
        // exiting anyway: the next cleanup still runs
      }
    }
    lastResorts.clear();
  };
  // A process that ends while held without cleaning up (it crashed) still kills its browser and
  // removes its profile folder at once: the browser would exit by itself once its pipe closed,
  // but the folder would stay.
  process.on('exit', cleanUpNow);
  return (lastResort) => {
    if (holds++ === 0) for (const [sig, handler] of handlers) process.on(sig, handler);
    if (lastResort) lastResorts.add(lastResort);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (lastResort) lastResorts.delete(lastResort);
      // Once interrupted, the process is on its way out: a second signal during the last steps
      // must still exit with the signal's code, not by the default disposition.
      if (--holds === 0 && !interrupt.signal.aborted) for (const [sig, handler] of handlers) process.off(sig, handler);
    };
  };
}
