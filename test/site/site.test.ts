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
