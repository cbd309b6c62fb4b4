import { accessSync, constants } from 'node:fs';
import { EnvironmentError } from '../errors.js';

/** Where Chrome, Chromium and Edge install themselves on Linux, macOS and Windows. */
const CANDIDATES: Record<string, string[]> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  ],
};

export const INSTALL_HINT =
  'install Chromium (Debian/Ubuntu: apt-get install -y chromium), or set PUPPETEER_EXECUTABLE_PATH to a Chrome, Chromium or Edge executable';

/** The browser to print with: PUPPETEER_EXECUTABLE_PATH when set, else the first installed one. */
export async function findBrowser(
  env: Readonly<Record<string, string | undefined>>,
  platform: string,
): Promise<string> {
  const override = env.PUPPETEER_EXECUTABLE_PATH;
  if (override) {
    if (await executable(override)) return override;
    throw new EnvironmentError(
      `PUPPETEER_EXECUTABLE_PATH is set to ${override}, which is not an executable file`,
      INSTALL_HINT,
      'E_NO_BROWSER',
    );
  }
  for (const path of CANDIDATES[platform] ?? []) if (await executable(path)) return path;
  throw new EnvironmentError(
    'no Chrome, Chromium or Edge browser was found to print the PDF',
    INSTALL_HINT,
    'E_NO_BROWSER',
  );
}

// Checked at once: a round trip through libuv's thread pool, busy loading modules, held up the browser's start.
async function executable(path: string): Promise<boolean> {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
