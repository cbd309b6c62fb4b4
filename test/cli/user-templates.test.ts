import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLAN, PROGRESS } from '../helpers.js';
import { nap, workspace } from './harness.js';

const plans = (extra: Record<string, string> = {}) =>
  workspace({
    'plans/t-2020/plan.yaml': PLAN.replace('supersedes: t-2016\n', ''),
    'plans/t-2020/progress/2021.yaml': PROGRESS,
    ...extra,
  });

const report = (cwd: string) => nap(['report', '--year', '2021', '--format', 'html', '--templates', 'mine'], { cwd });

describe('a broken template of the user is a user error naming its file and line', () => {
  it('a syntax error', async () => {
    const cwd = plans({
      'mine/partials/cover.hbs':
        '<header>\n<h1>{{model.title}}</h1>\n{{#if model.year}}\n<p>x</p>\n{{/each}}\n</header>',
    });
    const r = await report(cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nap: mine/partials/cover.hbs:3: the template does not compile: if doesn't match each");
    expect(r.stderr).toContain('E_TEMPLATE');
    expect(r.stderr).not.toContain('internal error');
    expect(existsSync(join(cwd, 'reports'))).toBe(false);
  });

  it('an unclosed tag', async () => {
    const r = await report(plans({ 'mine/brief/document.hbs': '<html>\n\n<p>{{model.title</p>\n' }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nap: mine\/brief\/document\.hbs:3: the template does not compile: Parse error/);
  });

  it('an unknown helper, even in a branch that is not rendered', async () => {
    const r = await report(
      plans({ 'mine/partials/cover.hbs': '<header>\n{{#if nothing}}\n  {{fancy model.title}}\n{{/if}}\n</header>' }),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nap: mine/partials/cover.hbs:3: unknown helper 'fancy'");
    expect(r.stderr).toMatch(/fix: use one of nap's helpers: concat, eq, gt, join, statusColour, t/);
  });

  it('an unknown partial or translation key', async () => {
    const partial = await report(plans({ 'mine/partials/cover.hbs': '<header>\n{{> logo-block}}\n</header>' }));
    expect(partial.code).toBe(2);
    expect(partial.stderr).toContain("nap: mine/partials/cover.hbs:2: unknown partial 'logo-block'");
    const key = await report(
      plans({ 'mine/partials/cover.hbs': '<header>\n\n\n<p>{{t "cover.motto"}}</p>\n</header>' }),
    );
    expect(key.code).toBe(2);
    expect(key.stderr).toContain(
      "nap: mine/partials/cover.hbs:4: no wording for the key 'cover.motto' in the translation files",
    );
  });

  it('a key of the user translation file is used, and the built-in wording fills the rest', async () => {
    const cwd = plans({
      'mine/partials/cover.hbs': '<header><p class="motto">{{t "cover.motto"}}</p><h1>{{model.title}}</h1></header>',
      'mine/i18n/en.json': JSON.stringify({ cover: { motto: 'Peace with women' } }),
    });
    const r = await report(cwd);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(join(cwd, 'reports/t-2020-2021-parliament.en.html'), 'utf8')).toContain(
      '<p class="motto">Peace with women</p>',
    );
    expect(readFileSync(join(cwd, 'reports/t-2020-2021-brief.en.html'), 'utf8')).toContain('What advanced');
  });

  it('a language the user adds is completed in English, with a warning', async () => {
    const cwd = plans({ 'mine/i18n/de.json': JSON.stringify({ brief: { title: 'Bericht der Zivilgesellschaft' } }) });
    const r = await nap(
      ['report', '--year', '2021', '--format', 'html', '--kind', 'brief', '--templates', 'mine', '--lang', 'de'],
      { cwd },
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning de: \d+ texts of the templates have no 'de' wording and are shown in English/);
    expect(readFileSync(join(cwd, 'reports/t-2020-2021-brief.de.html'), 'utf8')).toContain(
      'Bericht der Zivilgesellschaft',
    );
  });

  it('a malformed language tag is a usage error', async () => {
    const r = await nap(['report', '--year', '2021', '--format', 'html', '--lang', 'en_US!'], { cwd: plans() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nap: --lang "en_US!" is not a language tag');
  });
});

describe('links in a templates folder', () => {
  it('a link to a file outside the folder is refused, naming the link and never showing the content', async () => {
    const cwd = plans({ 'secret.txt': 'password=hunter2', 'mine/partials/.keep': '' });
    symlinkSync(join(cwd, 'secret.txt'), join(cwd, 'mine/partials/cover.hbs'));
    const r = await report(cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'mine/partials/cover.hbs is a link to a file outside the templates folder; nap does not follow it',
    );
    expect(r.stdout + r.stderr).not.toContain('hunter2');
    expect(existsSync(join(cwd, 'reports'))).toBe(false);
  });

  it('a link that stays inside the folder is followed', async () => {
    const cwd = plans({
      'mine/shared/cover.hbs': '<header><h1>Linked {{model.title}}</h1></header>',
      'mine/partials/.keep': '',
    });
    symlinkSync(join(cwd, 'mine/shared/cover.hbs'), join(cwd, 'mine/partials/cover.hbs'));
    const r = await report(cwd);
    expect(r.code).toBe(0);
    expect(readFileSync(join(cwd, 'reports/t-2020-2021-parliament.en.html'), 'utf8')).toContain('Linked Test plan');
  });

  it('a pipe in place of a template is refused instead of hanging the run', async () => {
    const cwd = plans({ 'mine/partials/.keep': '' });
    execFileSync('mkfifo', [join(cwd, 'mine/partials/cover.hbs')]);
    const r = await report(cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('mine/partials/cover.hbs is not a regular file');
  });
});

describe('a template error in a PDF-only run', () => {
  it('is the template error, not a browser failure', async () => {
    const cwd = plans({ 'mine/partials/cover.hbs': '<header>\n<h1>{{t model.title}}</h1>\n</header>' });
    const r = await nap(
      ['report', '--year', '2021', '--kind', 'parliament', '--format', 'pdf', '--templates', 'mine'],
      {
        cwd,
        env: { ...process.env } as Record<string, string>,
      },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('mine/partials/cover.hbs');
    expect(r.stderr).toContain('E_TEMPLATE');
    expect(r.stderr).not.toContain('E_BROWSER');
  }, 60_000);
});

describe('a translation file of the user that is not wording', () => {
  for (const [what, content, key] of [
    ['a null value', '{"status": null}', "the key 'status'"],
    ['a list', '[1, 2]', 'holds the file, which is not wording'],
    ['a number deep inside', '{"brief": {"title": 3}}', "the key 'brief.title'"],
  ] as const) {
    it(`${what} is refused naming the file and key`, async () => {
      const r = await report(plans({ 'mine/i18n/en.json': content }));
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('the translation file mine/i18n/en.json holds');
      expect(r.stderr).toContain(key);
      expect(r.stderr).toContain('E_TRANSLATION');
    });
  }
});
