import { Chalk } from 'chalk';
import type { Paint } from '../core/text/paint.js';

/** What a command may touch of the outside world; tests pass their own. */
export interface Io {
  stdout: Out;
  stderr: Out;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Aborted on Ctrl-C, SIGTERM or SIGHUP (the reason names the signal) while signals are held. */
  signal?: AbortSignal;
  /**
   * Catches those signals until the returned function is called, for work that must clean up
   * (a browser, files being written). Otherwise a signal ends the process at once.
   */
  holdSignals?: (lastResort?: () => void) => () => void;
  platform?: string;
}

export interface Out {
  write(s: string): unknown;
  isTTY?: boolean;
}

/**
 * Colour only on a terminal, never with NO_COLOR set (chalk itself ignores NO_COLOR);
 * FORCE_COLOR turns it on, e.g. in CI logs that render ANSI.
 */
export function paintFor(out: Out, env: Io['env']): Paint {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const force = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  const level = noColor ? 0 : force || out.isTTY ? 1 : 0;
  const c = new Chalk({ level });
  return { red: c.red, yellow: c.yellow, green: c.green, dim: c.dim, bold: c.bold, underline: c.underline };
}
