import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface Launched {
  process: ChildProcess;
  /** The DevTools address the browser printed on start. */
  endpoint: string;
  /** Kills the browser and every process it started (its process group). */
  kill(): void;
}

const ENDPOINT = /^DevTools listening on (ws:\/\/.*)$/;

/**
 * Starts the browser as the leader of its own process group and waits for its DevTools
 * address. nap owns the process from the first moment: on a timeout, an early exit or an
 * abort, the whole group is killed at once (puppeteer's own launcher waits five more
 * seconds for a graceful exit that a hung browser never makes).
 */
export function launchBrowser(
  executable: string,
  args: readonly string[],
  o: {
    timeoutMs: number;
    signal?: AbortSignal;
    env: Readonly<Record<string, string | undefined>>;
    tmpdir: string;
    /** Receives the synchronous kill as soon as the process exists. */
    onSpawn?: (kill: () => void) => void;
  },
): Promise<Launched> {
  const child = spawn(executable, [...args, '--remote-debugging-port=0'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    // Its temporary files go to a folder nap removes, never to the user's TMPDIR.
    env: { ...o.env, TMPDIR: o.tmpdir },
  });
  const kill = () => {
    if (child.pid === undefined) return;
    try {
      // biome-ignore lint/style/noRestrictedGlobals: signals the browser's process group, not nap's own process
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  o.onSpawn?.(kill);
  return new Promise<Launched>((resolve, reject) => {
    const recent: string[] = [];
    const lines = createInterface({ input: child.stderr! });
    const timer = setTimeout(() => fail(new Error(`timed out after ${Math.round(o.timeoutMs / 1000)} s`)), o.timeoutMs);
    const onAbort = () => fail(new Error('interrupted'));
    const done = () => {
      clearTimeout(timer);
      o.signal?.removeEventListener('abort', onAbort);
      child.off('exit', onExit);
      child.off('error', fail);
    };
    function fail(err: Error) {
      done();
      lines.close();
      kill();
      reject(err);
    }
    function onExit(code: number | null) {
      const said = recent
        .filter((l) => l.trim())
        .slice(-3)
        .join(' | ');
      fail(new Error(`it exited with ${code ?? 'a signal'} before it was ready${said ? `: ${said}` : ''}`));
    }
    child.on('exit', onExit);
    child.on('error', fail);
    if (o.signal?.aborted) return fail(new Error('interrupted'));
    o.signal?.addEventListener('abort', onAbort, { once: true });
    lines.on('line', (line) => {
      const match = ENDPOINT.exec(line);
      if (!match) {
        if (recent.push(line) > 20) recent.shift();
        return;
      }
      done();
      // Keep reading (and dropping) stderr, so a chatty browser never blocks on a full pipe.
      resolve({ process: child, endpoint: match[1]!, kill });
    });
  });
}
