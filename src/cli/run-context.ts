import { displayPath } from '../core/text/display-path.js';
import { escapeTerminal } from '../core/text/terminal.js';
import type { Io } from './io.js';

/** What every command that writes files hands its core function: where, when, who, and how to stop. */
export async function runContext(io: Io) {
  const { version } = await import('./version.js');
  return {
    cwd: io.cwd,
    env: io.env,
    platform: io.platform ?? 'linux',
    now: new Date(),
    creator: `nap ${version}`,
    signal: io.signal,
    holdSignals: io.holdSignals,
  };
}

/** Tells each file as soon as it is written: on stdout, or on stderr where stdout carries the command's own output. */
export function toldWritten(io: Io, stream = io.stdout): (file: string) => void {
  return (file) => stream.write(`wrote ${escapeTerminal(displayPath(file, io.cwd))}\n`);
}
