import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from '../../src/core/pdf/launch.js';
import { nap } from '../cli/harness.js';
import { PLAN, PROGRESS } from '../helpers.js';
import { openTestBrowser } from './browser.js';

// Every kind of page of a site, opened in the real Chromium: axe-core finds no serious or
// critical WCAG 2.1 A/AA violation, the page logs no error and asks for nothing outside the site.

const root = fileURLToPath(new URL('../..', import.meta.url));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** An assessor the plan does not name, in French and English, rating one action below the government. */
const ASSESSMENT = `nap: 1
plan: t-2020
year: 2021
assessor:
  id: observatoire
  name: { en: Test observatory, fr: Observatoire de test }
  type: academia
actions:
  2.a:
    rating: limited
    comment: { en: Only **one** report was sent., fr: Un **seul** rapport a été envoyé. }
    evidence: [Annual report 2021]
`;
let cwd: string;
let site: string;
let browser: Browser;
let close: () => Promise<void>;

beforeAll(async () => {
  // Not workspace(): that one is removed after each test, this site serves them all.
  cwd = mkdtempSync(join(tmpdir(), 'nap-site-a11y-'));
  mkdirSync(join(cwd, 'plans/t-2020/progress'), { recursive: true });
  writeFileSync(
    join(cwd, 'plans/t-2020/plan.yaml'),
    PLAN.replace('title: Test plan', 'title: { en: Test plan, fr: Plan de test }'),
  );
  writeFileSync(join(cwd, 'plans/t-2020/progress/2021.yaml'), PROGRESS);
  mkdirSync(join(cwd, 'plans/t-2020/assessments/2021'), { recursive: true });
  writeFileSync(join(cwd, 'plans/t-2020/assessments/2021/observatoire.yaml'), ASSESSMENT);
  for (const id of ['be-2013', 'be-2013-rev'])
    cpSync(join(root, 'plans', id), join(cwd, 'plans', id), { recursive: true });
  const r = await nap(['site', '-o', 'public'], { cwd });
  expect(r.code, r.stderr).toBe(0);
  site = join(cwd, 'public');
  ({ browser, close } = await openTestBrowser());
}, 120_000);

afterAll(async () => {
  await close?.();
  rmSync(cwd, { recursive: true, force: true });
});

const PAGES = {
  'root (comparison)': 'index.html',
  'root in French': 'index.fr.html',
  'plan home': 'be-2013/en/index.html',
  objective: 'be-2013/en/objectives/4.html',
  'action with an indicator chart': 'be-2013/en/actions/23.a.html',
  'action with values in words from several actors': 'be-2013/en/actions/6.a.html',
  actor: 'be-2013/en/actors/defence.html',
  'action with independent assessments': 'be-2013/en/actions/6.d.html',
  'assessor (its ratings by year)': 'be-2013/en/assessors/wps-platform.html',
  'action with its history across editions': 'be-2013-rev/en/actions/1.a.html',
  'action continued in a later edition': 'be-2013/en/actions/1.a.html',
  'assessor in French': 't-2020/fr/assessors/observatoire.html',
  search: 'be-2013/en/search.html',
  'plan home in French (where assessments differ)': 't-2020/fr/index.html',
  'action in French': 't-2020/fr/actions/1.a.html',
  'action with an independent assessment, in French': 't-2020/fr/actions/2.a.html',
};

/** Opens a page of the site, recording console errors, page errors and every request that is not a file of the site. */
async function open(path: string, o: { bypassCsp?: boolean } = {}): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    if (!r.url().startsWith(pathToFileURL(site).href)) {
      problems.push(`request: ${r.url()}`);
      void r.abort();
    } else void r.continue();
  });
  // axe is injected into the page: only with the page's own policy bypassed (the search test keeps it).
  if (o.bypassCsp) await page.setBypassCSP(true);
  await page.goto(pathToFileURL(join(site, path)).href, { waitUntil: 'load' });
  return { page, problems };
}

describe('nap site in the browser', () => {
  for (const [kind, path] of Object.entries(PAGES)) {
    it(`${kind}: no serious or critical axe violation, no error, no request leaving the site`, async () => {
      const { page, problems } = await open(path, { bypassCsp: true });
      try {
        await page.addScriptTag({ content: axeSource });
        const result = (await page.evaluate(async () => {
          // biome-ignore lint/suspicious/noExplicitAny: axe is the global the script tag defined
          const axe = (globalThis as any).axe;
          return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        })) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[]; passes: unknown[] };
        const serious = result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) =>
              `${v.id} (${v.impact}): ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')}`,
          );
        expect(serious).toEqual([]);
        expect(result.passes.length).toBeGreaterThan(10);
        expect(problems).toEqual([]);
        // Keyboard: the first Tab reaches the link that skips to the content.
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
      } finally {
        await page.close();
      }
    }, 60_000);
  }

  it('the check can fail: axe run the same way reports an image without a text alternative', async () => {
    const { page } = await open(PAGES['plan home'], { bypassCsp: true });
    try {
      await page.evaluate(() => {
        const img = document.createElement('img');
        img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
        document.querySelector('main')!.append(img);
      });
      await page.addScriptTag({ content: axeSource });
      const ids = await page.evaluate(async () => {
        // biome-ignore lint/suspicious/noExplicitAny: axe is the global the script tag defined
        const r = await (globalThis as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a'] } });
        return r.violations.map((v: { id: string; impact: string }) => `${v.id} ${v.impact}`);
      });
      expect(ids).toContain('image-alt critical');
    } finally {
      await page.close();
    }
  }, 60_000);

  it('search finds actions with the page policy in force, and every result links to an action page', async () => {
    const { page, problems } = await open(PAGES.search);
    try {
      await page.type('#q', 'peace missions');
      const results = await page.$$eval('#results a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(results.length).toBeGreaterThan(2);
      for (const href of results) expect(readFileSync(fileURLToPath(href), 'utf8')).toContain('<h1>');
      expect(await page.$eval('#found', (e) => e.textContent)).toMatch(/\d+ found/);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  }, 60_000);

  it('the pages work without JavaScript: charts are in the page, with their tables', async () => {
    const page = await browser.newPage();
    try {
      await page.setJavaScriptEnabled(false);
      await page.goto(pathToFileURL(join(site, PAGES['plan home'])).href);
      expect(await page.$$eval('main svg[role="img"]', (s) => s.length)).toBe(1);
      expect(await page.$$eval('table.status-years tbody tr', (r) => r.length)).toBe(12);
    } finally {
      await page.close();
    }
  }, 60_000);
});
