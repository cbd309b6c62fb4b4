/**
 * The arguments puppeteer-core 24.43.1 gives a headless Chrome to print (its `defaultArgs`),
 * with nap's merged in as it merges them. Written out so that the browser is started before
 * puppeteer is loaded (140 ms): a test compares them with puppeteer's own, so an upgrade that
 * changes them fails until this list follows.
 */
const BEFORE_FEATURES = [
  '--allow-pre-commit-input',
  '--disable-background-networking',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-breakpad',
  '--disable-client-side-phishing-detection',
  '--disable-component-extensions-with-background-pages',
  '--disable-crash-reporter',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
  '--disable-hang-monitor',
  '--disable-infobars',
  '--disable-ipc-flooding-protection',
  '--disable-popup-blocking',
  '--disable-prompt-on-repost',
  '--disable-renderer-backgrounding',
  '--disable-search-engine-choice-screen',
  '--disable-sync',
  '--enable-automation',
  '--export-tagged-pdf',
  '--force-color-profile=srgb',
  '--generate-pdf-document-outline',
  '--metrics-recording-only',
  '--no-first-run',
  '--password-store=basic',
  '--use-mock-keychain',
];
const DISABLED_FEATURES = [
  'Translate',
  'AcceptCHFrame',
  'MediaRouter',
  'OptimizationHints',
  'WebUIReloadButton',
  'ProcessPerSiteUpToMainFrameThreshold',
  'IsolateSandboxedIframes',
];
const ENABLED_FEATURES = ['PdfOopif'];
const AFTER_PROFILE = ['--headless=new', '--hide-scrollbars', '--mute-audio', '--disable-extensions', 'about:blank'];

const DISABLE = '--disable-features=';
const ENABLE = '--enable-features=';

/** puppeteer's arguments for a headless print with `ours` merged in (feature lists joined), for a profile folder. */
export function headlessArgs(ours: readonly string[], profile: string): string[] {
  const listed = (prefix: string) =>
    ours.filter((a) => a.startsWith(prefix)).flatMap((a) => a.slice(prefix.length).split(','));
  return [
    ...BEFORE_FEATURES,
    `${DISABLE}${[...DISABLED_FEATURES, ...listed(DISABLE)].join(',')}`,
    `${ENABLE}${[...ENABLED_FEATURES, ...listed(ENABLE)].join(',')}`,
    `--user-data-dir=${profile}`,
    ...AFTER_PROFILE,
    ...ours.filter((a) => !a.startsWith(DISABLE) && !a.startsWith(ENABLE)),
  ];
}
