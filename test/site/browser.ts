import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser } from '../../src/core/pdf/finder.js';
import { type Browser, launchBrowser } from '../../src/core/pdf/launch.js';
import { SEALING_ARGS } from '../../src/core/pdf/sealing.js';

/**
 * The installed Chromium, started as nap starts it (src/core/pdf/browser.ts: its own process
 * group and profile, sealed from the network), but with JavaScript on, as a reader's browser:
 * the site's search and axe-core run in it.
 */
export async function openTestBrowser(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const { default: puppeteer } = await import('puppeteer-core');
  const profile = await mkdtemp(join(tmpdir(), 'nap-site-test-'));
  const tmp = join(profile, 'tmp');
  await mkdir(tmp);
  const args = puppeteer.defaultArgs({
    headless: true,
    userDataDir: profile,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', ...SEALING_ARGS],
  });
  const launched = await launchBrowser(await findBrowser(process.env, process.platform), args, {
    timeoutMs: 60_000,
    env: process.env,
    tmpdir: tmp,
  });
  const browser = launched.browser;
  return {
    browser,
    close: async () => {
      launched.kill();
      await rm(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    },
  };
}
