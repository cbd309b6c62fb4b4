import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EnvironmentError } from '../errors.js';
import { headlessArgs } from './headless-args.js';
import { type Browser, type Launched, launchBrowser, type Page } from './launch.js';
import { SEALING_ARGS } from './sealing.js';

/** Every browser operation ends within this time, or fails with a message. */
export const BROWSER_TIMEOUT_MS = 60_000;
/** The longest wait for a page to close, puppeteer to let go, and the killed browser to exit. */
export const CLOSE_TIMEOUT_MS = 3_000;

export const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-extensions',
  '--mute-audio',
  '--font-render-hinting=none',
  ...SEALING_ARGS,
];

export interface BrowserSession {
  /**
   * A sealed page: no JavaScript, every network request refused. `meanwhile` runs once the
   * page is asked for, while the browser opens it (work that would otherwise wait for it).
   */
  withPage<T>(fn: (page: Page) => Promise<T>, meanwhile?: () => void): Promise<T>;
  /** Opens pages ahead, up to this many waiting, for the prints to come; the pages open beside other work. */
  warm(pages: number): void;
  close(): Promise<void>;
}

/**
 * One browser for all documents of a run, with a profile folder of its own that close()
 * removes. The caller closes it in `finally`; `signal` closes it early (Ctrl-C). Closing kills
 * its process group at once, so a frozen browser never holds it up.
 */
export async function openBrowser(
  executablePath: string,
  opts: {
    timeoutMs?: number;
    signal?: AbortSignal;
    env?: Readonly<Record<string, string | undefined>>;
    /** Receives a synchronous kill of the browser and removal of its profile, for a process that must exit now. */
    onSpawn?: (killNow: () => void) => void;
  } = {},
): Promise<BrowserSession> {
  const timeout = opts.timeoutMs ?? BROWSER_TIMEOUT_MS;
  // Made at once: a round trip through libuv's thread pool, busy loading modules, held up the start.
  const profile = mkdtempSync(join(tmpdir(), 'nap-chromium-'));
  let launched: Launched | undefined;
  try {
    // puppeteer's own arguments for a headless print (with ours merged in), but nap starts the process.
    const args = headlessArgs(ARGS, profile);
    const tmp = join(profile, 'tmp');
    mkdirSync(tmp);
    launched = await launchBrowser(executablePath, args, {
      timeoutMs: timeout,
      signal: opts.signal,
      env: opts.env ?? {},
      tmpdir: tmp,
      onSpawn: (kill) =>
        opts.onSpawn?.(() => {
          kill();
          rmSync(profile, { recursive: true, force: true });
        }),
    });
  } catch (err) {
    launched?.kill();
    await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(() => undefined);
    throw new EnvironmentError(
      `the browser ${executablePath} did not start: ${firstLine(err)}`,
      'check that it runs: `chromium --headless --version`; or set PUPPETEER_EXECUTABLE_PATH to another browser',
      'E_BROWSER',
    );
  }
  // An older browser would print without running header and page numbers (margin-boxes.ts), silently.
  const version = await launched.browser.version().catch(() => '');
  if (tooOld(version)) {
    launched.kill();
    await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(() => undefined);
    throw new EnvironmentError(
      `the browser ${executablePath} is ${version}: nap prints with Chrome, Chromium or Edge ${MIN_VERSION} or later`,
      'install a newer one (`apt-get install -y chromium`), or set PUPPETEER_EXECUTABLE_PATH to one',
      'E_BROWSER',
    );
  }
  let closing: Promise<void> | undefined;
  const running = launched;
  const browser = launched.browser;
  const close = () => (closing ??= shutDown(browser, running, profile));
  opts.signal?.addEventListener('abort', () => void close(), { once: true });
  /** A new sealed page: no JavaScript, and only inline data may load. */
  const openPage = async (): Promise<Page> => {
    const page = await withTimeout(browser.newPage(), timeout, `no page opened within ${Math.round(timeout / 1000)} s`);
    try {
      page.setDefaultTimeout(timeout);
      await page.setJavaScriptEnabled(false);
      await page.setRequestInterception(true);
      page.on('request', (req) => {
        // The document is self-contained: only inline data may load.
        if (req.url().startsWith('data:')) void req.continue();
        else void req.abort('blockedbyclient');
      });
      return page;
    } catch (err) {
      await closePage(page);
      throw err;
    }
  };
  /** Pages opened ahead (warm()), taken before new ones are opened. */
  const spare: Promise<Page>[] = [];
  /**
   * Pages that printed, for the next documents. They are not closed one by one: each close had
   * puppeteer wait 0.1 s for the page to be replaced, which held up the end of the run; they
   * end with the browser.
   */
  const idle: Page[] = [];
  return {
    warm(pages) {
      while (spare.length < pages) {
        const opening = openPage();
        opening.catch(() => undefined); // reported to the withPage that takes it
        spare.push(opening);
      }
    },
    async withPage(fn, meanwhile) {
      const reused = idle.pop();
      const opening = reused ? Promise.resolve(reused) : (spare.shift() ?? openPage());
      opening.catch(() => undefined); // awaited below, after `meanwhile`
      if (meanwhile) {
        // Let the request for the page go out before node gets busy.
        await new Promise((done) => setImmediate(done));
        try {
          meanwhile();
        } catch (err) {
          // The page, untouched, waits for the next document.
          opening.then(
            (p) => void idle.push(p),
            () => undefined,
          );
          throw err;
        }
      }
      const page = await opening.catch((err: unknown) => {
        throw new EnvironmentError(
          `the browser failed to print the PDF: ${firstLine(err)}`,
          'try again; if it keeps failing, check the browser with `chromium --headless --version`',
          'E_BROWSER',
        );
      });
      let succeeded = false;
      try {
        const result = await fn(page);
        succeeded = true;
        return result;
      } finally {
        // A page that failed may be in any state: it is not used again.
        if (succeeded) idle.push(page);
        else await closePage(page);
      }
    },
    close,
  };
}

const closePage = (page: Page) =>
  withTimeout(page.close(), CLOSE_TIMEOUT_MS, 'page did not close').catch(() => undefined);

/**
 * Ends the browser: its whole process group is killed, then its profile removed. Nothing of it is
 * kept, so it is not asked to close over the protocol first (that took 0.08 s).
 */
async function shutDown(browser: Browser, launched: Launched, profile: string): Promise<void> {
  launched.kill();
  // Its pipes are closed on nap's side rather than waited for (its processes end a moment later).
  for (const pipe of launched.process.stdio) pipe?.destroy();
  // The connection ends with the process; puppeteer is told so (beside the removal) and stops waiting on it.
  const disconnected = withTimeout(browser.disconnect(), CLOSE_TIMEOUT_MS, 'browser did not disconnect').catch(
    () => undefined,
  );
  const exited = new Promise<void>((done) => {
    if (launched.process.exitCode !== null || launched.process.signalCode !== null) done();
    else launched.process.once('exit', () => done());
  });
  await withTimeout(exited, CLOSE_TIMEOUT_MS, 'browser did not exit').catch(() => undefined);
  // A killed browser may still be writing for a moment: retry the removal briefly.
  await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 }).catch(() => undefined);
  await disconnected;
}

/** The first version whose print shows page margin boxes (the running header, "page X of Y"). */
export const MIN_VERSION = 131;

/** Whether a browser's version ("HeadlessChrome/156.0.8078.108") is older than MIN_VERSION; an unknown one is given the benefit of the doubt. */
export function tooOld(version: string): boolean {
  const major = Number(/\/(\d+)\./.exec(version)?.[1]);
  return Number.isInteger(major) && major > 0 && major < MIN_VERSION;
}

/** `promise`, or a rejection with `what` once `ms` have passed; the timer never keeps the process alive. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(what)), ms);
    timer.unref();
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

export function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]!;
}
