import type { Browser, Page } from 'puppeteer-core';
import { EnvironmentError } from '../errors.js';

/** Every browser operation ends within this time, or fails with a message. */
export const BROWSER_TIMEOUT_MS = 60_000;

// Without the background-networking flags Chromium tries to reach Google at every start.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--no-default-browser-check', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions', '--disable-default-apps', '--mute-audio', '--font-render-hinting=none'];

export interface BrowserSession {
  /** A sealed page: no JavaScript, every network request refused. */
  withPage<T>(fn: (page: Page) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * One browser for all documents of a run. The caller closes it in `finally`;
 * `signal` closes it early (Ctrl-C), so no Chromium process is left behind.
 */
export async function openBrowser(executablePath: string, opts: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<BrowserSession> {
  const timeout = opts.timeoutMs ?? BROWSER_TIMEOUT_MS;
  const { default: puppeteer } = await import('puppeteer-core');
  let browser: Browser;
  try {
    browser = await puppeteer.launch({ executablePath, headless: true, args: ARGS, timeout, protocolTimeout: timeout, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
  } catch (err) {
    throw new EnvironmentError(`the browser ${executablePath} did not start: ${firstLine(err)}`, 'check that it runs: `chromium --headless --version`; or set PUPPETEER_EXECUTABLE_PATH to another browser');
  }
  const close = async () => {
    const proc = browser.process();
    await browser.close().catch(() => undefined);
    if (proc && proc.exitCode === null && !proc.killed) proc.kill('SIGKILL');
  };
  opts.signal?.addEventListener('abort', () => void close(), { once: true });
  return {
    async withPage(fn) {
      const page = await browser.newPage();
      try {
        page.setDefaultTimeout(timeout);
        await page.setJavaScriptEnabled(false);
        await page.setRequestInterception(true);
        page.on('request', (req) => {
          // The document is self-contained: only inline data may load.
          if (req.url().startsWith('data:')) void req.continue();
          else void req.abort('blockedbyclient');
        });
        return await fn(page);
      } finally {
        await page.close().catch(() => undefined);
      }
    },
    close,
  };
}

export function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]!;
}
