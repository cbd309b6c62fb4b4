import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { CdpBrowser } from 'puppeteer-core/internal/cdp/Browser.js';

export type Browser = CdpBrowser;
export type { Page } from 'puppeteer-core/internal/api/Page.js';

export interface Launched {
  process: ChildProcess;
  /** puppeteer, connected. */
  browser: Browser;
  /** Kills the browser and every process it started (its process group). */
  kill(): void;
}

/**
 * Starts the browser as the leader of its own process group and connects puppeteer to it over
 * a pair of pipes (--remote-debugging-pipe), not a port: nothing else can connect, there is no
 * address to wait for, and a browser whose nap dies, even by SIGKILL, sees its pipe close and
 * exits. nap owns the process from the first moment: on a timeout, an early exit or an abort,
 * the whole group is killed at once (puppeteer's own launcher waits five more seconds for a
 * graceful exit that a hung browser never makes). Only puppeteer's connection code is loaded,
 * while the browser starts: not its launchers (0.07 s of the 0.15 s its whole package took).
 */
export async function launchBrowser(
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
  const child = spawn(executable, [...args, '--remote-debugging-pipe'], {
    detached: true,
    // The browser reads DevTools messages on descriptor 3 and writes them on 4.
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
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
  const loading = Promise.all([
    import('puppeteer-core/internal/node/PipeTransport.js'),
    import('puppeteer-core/internal/cdp/BrowserConnector.js'),
  ]);
  loading.catch(() => undefined); // reported where it is awaited
  // Its last lines, to say why it stopped; read (and dropped) all along, so a chatty browser never blocks on a full pipe.
  const recent: string[] = [];
  const stderr = createInterface({ input: child.stderr! });
  stderr.on('line', (line) => {
    if (recent.push(line) > 20) recent.shift();
  });
  let stop = () => {};
  let garbled = (_err: unknown) => {};
  const failed = new Promise<never>((_, reject) => {
    garbled = (err) => {
      kill();
      reject(
        new Error(`it sent what is not the DevTools protocol: ${err instanceof Error ? err.message : String(err)}`),
      );
    };
    const timer = setTimeout(
      () => reject(new Error(`timed out after ${Math.round(o.timeoutMs / 1000)} s`)),
      o.timeoutMs,
    );
    const onAbort = () => reject(new Error('interrupted'));
    const onExit = (code: number | null) => {
      // Its last words may still be in the pipe: read them first, briefly.
      const said = () =>
        recent
          .filter((l) => l.trim())
          .slice(-3)
          .join(' | ');
      const tell = () =>
        reject(new Error(`it exited with ${code ?? 'a signal'} before it was ready${said() ? `: ${said()}` : ''}`));
      stderr.once('close', tell);
      setTimeout(tell, 200).unref();
    };
    child.once('exit', onExit);
    child.once('error', reject);
    o.signal?.addEventListener('abort', onAbort, { once: true });
    stop = () => {
      clearTimeout(timer);
      o.signal?.removeEventListener('abort', onAbort);
      child.off('exit', onExit);
      child.off('error', reject);
    };
  });
  failed.catch(() => undefined);
  try {
    if (o.signal?.aborted) throw new Error('interrupted');
    const [{ PipeTransport }, { _connectToCdpBrowser }] = await Promise.race([loading, failed]);
    const messages = child.stdio[4] as Readable;
    const pipe = new PipeTransport(child.stdio[3] as Writable, messages);
    // A message puppeteer cannot read (not DevTools JSON) would throw where nothing catches it:
    // the browser is ended instead, and whatever waits on it fails with its own message.
    const transport = {
      send: (m: string) => pipe.send(m),
      close: () => pipe.close(),
      onmessage: undefined as ((m: string) => void) | undefined,
      onclose: undefined as (() => void) | undefined,
    };
    pipe.onmessage = (m: string) => {
      try {
        // puppeteer's handler is asynchronous: its failure is a rejection.
        const handled: unknown = transport.onmessage?.(m);
        if (handled instanceof Promise) handled.catch(garbled);
      } catch (err) {
        garbled(err);
      }
    };
    pipe.onclose = () => transport.onclose?.();
    // A browser gone already closed its pipe before the transport listened: puppeteer would wait
    // for an answer until its timeout, so the exit is reported now.
    if (messages.destroyed || child.exitCode !== null || child.signalCode !== null) await failed;
    const connecting = _connectToCdpBrowser(transport, '', { protocolTimeout: o.timeoutMs });
    const browser = await Promise.race([connecting, failed]).catch(async (err: unknown) => {
      // A connection closed by a browser that exited: how it exited says more, once known.
      await Promise.race([failed, new Promise((done) => setTimeout(done, 300).unref())]);
      throw err;
    });
    return { process: child, browser, kill };
  } catch (err) {
    kill();
    throw err;
  } finally {
    stop();
  }
}
