import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { slug } from '../../src/core/site/paths.js';
import { nap, workspace } from '../cli/harness.js';
import { PLAN, PROGRESS } from '../helpers.js';

// `nap site` read back from disk: every link resolves inside the site, URLs come from ids,
// illustrative data is labelled on every page that shows it, and the folder is replaced whole.

const root = fileURLToPath(new URL('../..', import.meta.url));

function sample(extra: Record<string, string> = {}): string {
  const cwd = workspace(extra);
  for (const id of ['be-2013', 'be-2013-rev'])
    cpSync(join(root, 'plans', id), join(cwd, 'plans', id), { recursive: true });
  return cwd;
}

/** The tables of values of an action page, as the text of their cells, row by row. */
function valueTables(html: string): string[][][] {
  const text = (cell: string) =>
    cell
      .replace(/<[^>]+>/g, '')
      .replace(/&#x27;/g, "'")
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ')
      .trim();
  return [...html.matchAll(/<table class="values">([\s\S]*?)<\/table>/g)].map((t) =>
    [...t[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) =>
      [...r[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => text(c[1]!)),
    ),
  );
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split('\\').join('/'))
    .sort();
}

describe('nap site', () => {
  it('builds the Belgian sample: every link and download resolves inside the site, nothing points outside', async () => {
    const cwd = sample();
    const r = await nap(['site'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^wrote site\/: \d+ pages, \d+ files \(be-2013, be-2013-rev\)\n$/);
    const site = join(cwd, 'site');
    const all = files(site);
    const pages = all.filter((f) => f.endsWith('.html'));
    // 102 actions, 6 objectives, 13 actors, home and search, per plan; one root page.
    expect(pages.filter((p) => p.startsWith('be-2013/en/actions/'))).toHaveLength(102);
    expect(all).toContain('be-2013/downloads/be-2013/datapackage.json');
    expect(all).toContain('be-2013/downloads/be-2013.xlsx');
    for (const page of pages) {
      const html = readFileSync(join(site, page), 'utf8');
      for (const [, attr, href] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
        // A link of the plan's own text may lead elsewhere when followed; nothing is loaded from elsewhere.
        if (attr === 'href' && /^(https?|mailto):/.test(href!)) continue;
        expect(href, `${page}: ${href}`).not.toMatch(/^[a-z]+:|^\/\//i);
        if (href!.startsWith('#')) continue;
        const target = join(dirname(join(site, page)), href!.split('#')[0]!);
        expect(existsSync(target), `${page} links to ${href}`).toBe(true);
        expect(relative(site, target).startsWith('..'), `${page}: ${href} leaves the site`).toBe(false);
      }
      // Sample data is labelled on every page of the sample.
      expect(html, page).toContain('Illustrative sample data — not official figures');
      // Only the search page may run a script, and only its own (by hash).
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
      expect(policy).toMatch(/^default-src 'none'/);
      if (page.endsWith('/search.html')) expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'$/);
      else {
        expect(policy).not.toContain('script-src');
        expect(html).not.toMatch(/<script\b/);
      }
    }
    // The comparison: both plans, per year.
    const index = readFileSync(join(site, 'index.html'), 'utf8');
    expect(index).toContain('Comparison of the plans');
    expect(index).toMatch(/be-2013\/en\/index\.html/);
    expect(index).toMatch(/be-2013-rev\/en\/index\.html/);
  }, 60_000);

  it('shows the independent assessments beside the accounts, where they differ, the assessors, and each action’s history across editions', async () => {
    const cwd = sample();
    const r = await nap(['site'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    const page = (path: string) => readFileSync(join(cwd, 'site', path), 'utf8');
    const text = (html: string) =>
      html
        .replace(/<[^>]+>/g, '')
        .replace(/&#x27;/g, "'")
        .replace(/\s+/g, ' ');
    // 6.d: the government says completed for 2015, the illustrative platform limited, two steps below.
    const action = text(page('be-2013/en/actions/6.d.html'));
    const year = action.slice(action.indexOf('2015 The government'));
    expect(year).toMatch(/^2015 The government's accounts Account of Defence · Completed illustrative sample/);
    expect(year).toContain(
      "Independent assessments Independent assessment · WPS platform · Limited illustrative This level stands for: Delayed; the government's status: Completed · 2 steps below",
    );
    expect(year).toContain('Evidence: Illustrative: interviews with two training centres, February 2016');
    // An action nobody assessed has no such part.
    expect(page('be-2013/en/actions/6.a.html')).not.toContain('<div class="rating">');
    expect(page('be-2013/en/actions/6.d.html')).toContain('<div class="rating">');
    // The home page: where assessments differ in 2015, largest difference first, and the assessors.
    const home = text(page('be-2013/en/index.html'));
    const differ = home.slice(home.indexOf('Where assessments differ'), home.indexOf('Contents of the plan'));
    expect([...differ.matchAll(/(\d+\.[a-z]) .*?(\d) steps? below/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
      '6.d 2',
      '16.a 2',
      '10.a 1',
      '13.a 1',
    ]);
    expect(home).toContain('Independent assessors');
    // The assessor's page: every rating of the year, beside the government's status.
    const assessor = page('be-2013/en/assessors/wps-platform.html');
    expect(assessor.match(/<tr><th scope="row">/g)).toHaveLength(9);
    expect(text(assessor)).toContain('Illustrative assessment written to demonstrate nap');
    // The revision's 1.a continues be-2013's 1.a, linked, with its last status there; be-2013's 1.a links forward.
    const rev = page('be-2013-rev/en/actions/1.a.html');
    expect(rev).toContain(
      '<a href="../../../be-2013/en/actions/1.a.html">1.a in Women, Peace and Security - Belgian National Action Plan 2013-2016 (2013–2016)</a>, In progress in 2015 (illustrative sample data)',
    );
    expect(page('be-2013/en/actions/1.a.html')).toContain(
      '<a href="../../../be-2013-rev/en/actions/1.a.html">1.a in Women, Peace and Security - Illustrative revision',
    );
    // Without the earlier edition in the site, the history is still told, without a link.
    const alone = workspace();
    cpSync(join(root, 'plans'), join(alone, 'plans'), { recursive: true });
    expect((await nap(['site', 'be-2013-rev'], { cwd: alone })).code).toBe(0);
    const only = readFileSync(join(alone, 'site/be-2013-rev/en/actions/1.a.html'), 'utf8');
    expect(only).toContain(
      '<li>1.a in Women, Peace and Security - Belgian National Action Plan 2013-2016 (2013–2016), In progress',
    );
  });

  it('gives every language of the plan its pages, with a switch to the same page in the others', async () => {
    const cwd = workspace({ 'plans/t-2020/plan.yaml': PLAN, 'plans/t-2020/progress/2021.yaml': PROGRESS });
    const r = await nap(['site', '-o', 'out'], { cwd });
    expect(r.code).toBe(0);
    const action = readFileSync(join(cwd, 'out/t-2020/fr/actions/1.a.html'), 'utf8');
    expect(action).toMatch(/<html lang="fr">/);
    expect(action).toContain('href="../../../t-2020/en/actions/1.a.html" lang="en" hreflang="en">English</a>');
    expect(action).toContain('lang="fr" hreflang="fr" aria-current="page">Français</a>');
    // Each language is named in itself, as its lang attribute says (WCAG 3.1.2): never "anglais".
    for (const page of files(join(cwd, 'out')).filter((p) => p.endsWith('.html'))) {
      const html = readFileSync(join(cwd, 'out', page), 'utf8');
      const named = [...html.matchAll(/<a [^>]*\blang="([a-z]+)"[^>]*>([^<]*)<\/a>/g)].map((m) => `${m[1]} ${m[2]}`);
      expect(named.length, page).toBeGreaterThan(0);
      for (const n of named) expect(['en English', 'fr Français'], page).toContain(n);
    }
    expect(readFileSync(join(cwd, 'out/index.fr.html'), 'utf8')).toContain('Plans d');
    // Not illustrative: no label.
    expect(action).not.toContain('not official');
  });

  it('shows every value reported on an action page: words, yes/no, percentages, counts per sex with their total', async () => {
    const cwd = sample();
    expect((await nap(['site', 'be-2013'], { cwd })).code).toBe(0);
    const page = (id: string) => valueTables(readFileSync(join(cwd, `site/be-2013/en/actions/${id}.html`), 'utf8'));
    // A narrative indicator: each year's words, and who reported them.
    expect(page('6.d')).toEqual([
      [
        ['Year', 'Reported by', 'Value'],
        ['2014', '', 'Illustrative: brochure and e-learning unit available.'],
        ['2015', 'Defence', 'Illustrative: material available.'],
      ],
    ]);
    // Counts per sex: each sex, the total and the share of women, between the baseline and the target as given.
    expect(page('23.a')).toEqual([
      [
        ['Year', 'Reported by', 'Women', 'Men', 'Total', 'Share of women'],
        ['Baseline 2012 illustrative', '', '31', '412', '443', '7%'],
        ['2014', '', '38', '402', '440', '8.6%'],
        ['2015', 'Defence', '29', '418', '447', '6.5%'],
        ['Target 2016 illustrative', '', '60', '400', '460', '13%'],
      ],
    ]);

    const plan = PLAN.replace(
      'indicators: [Report sent.]',
      'indicators: [{ id: sent, text: Report sent., unit: yes-no, target: { value: true } }]',
    );
    const other = `nap: 1
plan: t-2020
year: 2021
reporter: foreign-affairs
actions:
  1.a:
    status: in-progress
    indicators: { 1: Mission report., women-missions: { women: 5, men: 20 } }
`;
    const police =
      'nap: 1\nplan: t-2020\nyear: 2021\nreporter: interior-police\nactions:\n  "1.10":\n    status: in-progress\n    indicators: { trained-share: 12.5 }\n';
    const t = workspace({
      'plans/t-2020/plan.yaml': plan,
      'plans/t-2020/progress/2021/equality.yaml': `${PROGRESS}    indicators: { sent: true }\n`,
      'plans/t-2020/progress/2021/foreign-affairs.yaml': other,
      'plans/t-2020/progress/2021/interior-police.yaml': police,
    });
    const r = await nap(['site'], { cwd: t });
    expect(r.code, r.stderr).toBe(0);
    const tables = (lang: string, id: string) =>
      valueTables(readFileSync(join(t, `site/t-2020/${lang}/actions/${id}.html`), 'utf8'));
    // Two accounts in a year: each one, and for counts their sum, which the chart draws.
    expect(tables('en', '1.a')).toEqual([
      [
        ['Year', 'Reported by', 'Value'],
        ['2021', 'Equality Institute', 'Report submitted.'],
        ['2021', 'Foreign Affairs', 'Mission report.'],
      ],
      [
        ['Year', 'Reported by', 'Women', 'Men', 'Total', 'Share of women'],
        ['Baseline 2019', '', '31', '412', '443', '7%'],
        ['2021', 'Equality Institute', '40', '400', '440', '9.1%'],
        ['2021', 'Foreign Affairs', '5', '20', '25', '20%'],
        ['2021', 'All reports together', '45', '420', '465', '9.7%'],
      ],
    ]);
    expect(tables('fr', '1.a')[1]![0]).toEqual([
      'Année',
      'Rapporté par',
      'Femmes',
      'Hommes',
      'Total',
      'Part des femmes',
    ]);
    expect(tables('fr', '1.a')[1]![2]).toEqual(['2021', "Institut pour l'égalité", '40', '400', '440', '9,1 %']);
    expect(tables('en', '1.10')).toEqual([
      [
        ['Year', 'Reported by', 'Value'],
        ['2021', 'Federal Police', '12.5%'],
      ],
    ]);
    expect(tables('en', '2.a')).toEqual([
      [
        ['Year', 'Reported by', 'Value'],
        ['2021', 'Equality Institute', 'yes'],
        ['Target', '', 'yes'],
      ],
    ]);
  }, 60_000);

  it('leaves out, with a warning, a language of the plan that nap has no wording for', async () => {
    const plan = PLAN.replace('languages: [en, fr]', 'languages: [en, fr, sw]');
    const cwd = workspace({ 'plans/t-2020/plan.yaml': plan });
    const r = await nap(['site'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning sw: no pages in this language, nap has no wording for it/);
    expect(existsSync(join(cwd, 'site/t-2020/fr/index.html'))).toBe(true);
    expect(existsSync(join(cwd, 'site/t-2020/sw'))).toBe(false);
    expect(readFileSync(join(cwd, 'site/t-2020/en/index.html'), 'utf8')).not.toContain('/sw/');
  });

  it('keeps hostile plan text as text: in the pages and in the search index', async () => {
    const evil = '</script><script>alert(1)</script><img src=x onerror=alert(2)>';
    const plan = PLAN.replace('text: Apply the conventions.', `text: "${evil}"`);
    const cwd = workspace({ 'plans/t-2020/plan.yaml': plan });
    expect((await nap(['site'], { cwd })).code).toBe(0);
    for (const page of ['site/t-2020/en/search.html', 'site/t-2020/en/actions/1.a.html']) {
      const html = readFileSync(join(cwd, page), 'utf8');
      expect(html).not.toContain('<script>alert');
      expect(html).not.toContain('<img src=x');
    }
    const search = readFileSync(join(cwd, 'site/t-2020/en/search.html'), 'utf8');
    expect(search.match(/<script\b/g)).toHaveLength(2); // the index (data) and the search itself
    expect(search).toContain('\\u003c/script>\\u003cscript>alert(1)');
  });

  it('builds URLs from ids only, the same on every build', async () => {
    expect([slug('1.a'), slug('13 b'), slug('a_b'), slug('.hidden'), slug('é')]).toEqual([
      '1.a',
      '13_20b',
      'a_5Fb',
      '_2Ehidden',
      '_C3_A9',
    ]);
    const cwd = sample();
    await nap(['site', 'be-2013'], { cwd });
    const first = files(join(cwd, 'site'));
    await nap(['site', 'be-2013'], { cwd });
    expect(files(join(cwd, 'site'))).toEqual(first);
  }, 60_000);

  it('replaces its own folder whole, keeps the files the user added, refuses a folder it did not make', async () => {
    const cwd = sample({ 'mine/notes.txt': 'my notes' });
    expect((await nap(['site', '-o', 'mine'], { cwd })).stderr).toMatch(/not empty and was not made by nap/);
    expect(readdirSync(join(cwd, 'mine'))).toEqual(['notes.txt']);
    expect((await nap(['site', 'be-2013', 'be-2013-rev'], { cwd })).code).toBe(0);
    writeFileSync(join(cwd, 'site/CNAME'), 'nap.example.org\n');
    mkdirSync(join(cwd, 'site/be-2013/extra'));
    writeFileSync(join(cwd, 'site/be-2013/extra/a.txt'), 'a');
    // A rebuild with one plan: the other's pages go, the user's files stay.
    const r = await nap(['site', 'be-2013'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(cwd, 'site/CNAME'), 'utf8')).toBe('nap.example.org\n');
    expect(readFileSync(join(cwd, 'site/be-2013/extra/a.txt'), 'utf8')).toBe('a');
    expect(existsSync(join(cwd, 'site/be-2013-rev'))).toBe(false);
    // Nothing left beside it: no temporary or old folder.
    expect(readdirSync(cwd).filter((n) => n.startsWith('.'))).toEqual([]);
  }, 60_000);

  it("README's GitHub Pages advice works in a repository whose docs/ already holds files, as nap's own does", async () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Publishing on GitHub Pages'));
    const text = section.slice(0, section.indexOf('\n## '));
    // The commands to copy: those of the code blocks, the workflow's and the one without a workflow.
    const blocks = [...text.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1], body: m[2]! }));
    const advised = blocks.flatMap((b) =>
      [...b.body.matchAll(/(?:npx )?nap site [^#\n]*/g)].map((m) => ({ lang: b.lang, command: m[0].trim() })),
    );
    expect(advised.map((a) => a.lang)).toEqual(['yaml', 'sh']);
    for (const { command } of advised) {
      const cwd = sample({ 'docs/format.md': '# The plan format\n' });
      const args = command.replace(/^(npx )?nap /, '').split(/\s+/);
      const r = await nap(args, { cwd });
      expect(r.code, `${command}: ${r.stderr}`).toBe(0);
      expect(readFileSync(join(cwd, 'docs/format.md'), 'utf8')).toBe('# The plan format\n');
    }
  }, 120_000);

  it('never replaces a folder holding the input files', async () => {
    const cwd = sample();
    const r = await nap(['site', '-o', '.'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/refusing to replace \. ?: it holds the input file|refusing to replace/);
    expect(existsSync(join(cwd, 'plans/be-2013/plan.yaml'))).toBe(true);
  });

  it('offers the PDFs nap report made for the plan among the downloads', async () => {
    const cwd = sample({
      'reports/be-2013-2015-brief.en.pdf': '%PDF-1.4 test',
      'reports/other-2015-brief.en.pdf': 'x',
    });
    expect((await nap(['site', 'be-2013'], { cwd })).code).toBe(0);
    expect(readFileSync(join(cwd, 'site/be-2013/downloads/be-2013-2015-brief.en.pdf'), 'utf8')).toBe('%PDF-1.4 test');
    expect(existsSync(join(cwd, 'site/be-2013/downloads/other-2015-brief.en.pdf'))).toBe(false);
    expect(readFileSync(join(cwd, 'site/be-2013/en/index.html'), 'utf8')).toContain(
      'href="../../be-2013/downloads/be-2013-2015-brief.en.pdf" download>Report be-2013-2015-brief.en.pdf (PDF)',
    );
  });

  it('says so when --reports names a folder that is not there, or one without the plan PDFs', async () => {
    const cwd = sample({ 'pdfs/other-2015-brief.en.pdf': 'x' });
    const missing = await nap(['site', 'be-2013', '--reports', 'nowhere'], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/the reports folder nowhere does not exist/);
    expect(missing.stderr).toContain('E_NOT_FOUND');
    expect(existsSync(join(cwd, 'site'))).toBe(false);
    const empty = await nap(['site', 'be-2013', '--reports', 'pdfs'], { cwd });
    expect(empty.code, empty.stderr).toBe(0);
    expect(empty.stderr).toMatch(
      /warning be-2013: no PDF in pdfs \(nap report names them be-2013-<year>-<kind>\.<lang>\.pdf\), so the site offers none/,
    );
    // Without --reports, no ./reports folder is the usual case: nothing to say.
    expect((await nap(['site', 'be-2013'], { cwd })).stderr).not.toContain('no PDF');
  }, 60_000);
});
