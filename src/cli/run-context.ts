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
