import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { settle } from '../faults/marker.js';
import { edit, PLAN, PROGRESS } from '../helpers.js';
import { nap, workspace } from './harness.js';

const OLD = PLAN.replace('id: t-2020', 'id: t-2016').replace('supersedes: t-2016\n', '');
const NEW = edit(
  edit(PLAN, 'text: Train the police.', 'text: Train the police and the army.'),
  '- id: 2.a',
  '- id: 2.b',
);

describe('--out means the same in every command', () => {
  it('diff: a folder gets the default file name; a name with the extension is the file', async () => {
    const cwd = workspace({ 'plans/t-2016/plan.yaml': OLD, 'plans/t-2020/plan.yaml': NEW });
    const folder = await nap(['diff', 't-2016', 't-2020', '-f', 'json', '--out', 'somefolder'], { cwd });
    expect(folder.code).toBe(1);
    expect(folder.stderr).toBe('wrote somefolder/t-2016-to-t-2020.en.json\n');
    expect(JSON.parse(readFileSync(join(cwd, 'somefolder/t-2016-to-t-2020.en.json'), 'utf8')).summary.reworded).toBe(1);
    const file = await nap(['diff', 't-2016', 't-2020', '-f', 'markdown', '--out', 'pr/comment.md'], { cwd });
    expect(file.stderr).toBe('wrote pr/comment.md\n');
    const wrong = await nap(['diff', 't-2016', 't-2020', '-f', 'markdown', '--out', 'comment.pdf'], { cwd });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--out comment.pdf ends in .pdf, but the format is markdown');
  });

  it('report: a folder by default; one file when one document is written, refused for several', async () => {
    const cwd = workspace({
      'plans/t-2020/plan.yaml': PLAN.replace('supersedes: t-2016\n', ''),
      'plans/t-2020/progress/2021.yaml': PROGRESS,
    });
    const one = await nap(['report', '--year', '2021', '-k', 'brief', '-f', 'html', '-o', 'out/brief.html'], { cwd });
    expect(one.code).toBe(0);
    expect(one.stdout).toBe('wrote out/brief.html\n');
    const many = await nap(['report', '--year', '2021', '-f', 'html', '-o', 'both.html'], { cwd });
    expect(many.code).toBe(2);
    expect(many.stderr).toContain('--out both.html names one file, but this run writes 2 files');
  });
});

describe('--out names a file: its extension gives the format when --format is not given', () => {
  it('diff, report and export take the format from the file name; an explicit --format is kept', async () => {
    const cwd = workspace({ 'plans/t-2016/plan.yaml': OLD, 'plans/t-2020/plan.yaml': NEW });
    const json = await nap(['diff', 't-2016', 't-2020', '-o', 'changes.json'], { cwd });
    expect(json.code).toBe(1);
    expect(json.stderr).toBe('wrote changes.json\n');
    expect(JSON.parse(readFileSync(join(cwd, 'changes.json'), 'utf8')).summary.reworded).toBe(1);
    const md = await nap(['diff', 't-2016', 't-2020', '-o', 'pr/COMMENT.MD'], { cwd });
    expect(md.stderr).toBe('wrote pr/COMMENT.MD\n');
    expect(readFileSync(join(cwd, 'pr/COMMENT.MD'), 'utf8')).toMatch(/^## Test plan/);
    const one = workspace({
      'plans/t-2020/plan.yaml': PLAN.replace('supersedes: t-2016\n', ''),
      'plans/t-2020/progress/2021.yaml': PROGRESS,
    });
    const report = await nap(['report', '--year', '2021', '-k', 'brief', '-o', 'brief.html'], { cwd: one });
    expect(report.code).toBe(0);
    expect(report.stdout).toBe('wrote brief.html\n');
    const exported = await nap(['export', 't-2020', '-o', 'open.json'], { cwd: one });
    expect(exported.code).toBe(0);
    expect(exported.stdout).toBe('wrote open.json\n');
    expect(Object.keys(JSON.parse(readFileSync(join(one, 'open.json'), 'utf8')).tables)).toContain('actions');
    // given, --format wins, and a file name with another extension is refused as before
    const both = await nap(['diff', 't-2016', 't-2020', '-f', 'markdown', '-o', 'x.json'], { cwd });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--out x.json ends in .json, but the format is markdown');
    // an extension the command does not write leaves the default, and --out says why
    const other = await nap(['diff', 't-2016', 't-2020', '-o', 'x.xlsx'], { cwd });
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('--out x.xlsx ends in .xlsx, but the format is text');
  });
});

describe('words follow --lang in every output', () => {
  it('diff -f markdown --lang fr is French; text in Dutch', async () => {
    const cwd = workspace({ 'plans/t-2016/plan.yaml': OLD, 'plans/t-2020/plan.yaml': NEW });
    const fr = await nap(['diff', 't-2016', 't-2020', '-f', 'markdown', '--lang', 'fr'], { cwd });
    expect(fr.stdout).toContain(
      '| ajoutées | abandonnées | déplacées | reformulées | renumérotées | autrement modifiées | inchangées |',
    );
    expect(fr.stdout).toContain('### Objectif 1');
    expect(fr.stdout).toContain('- **1.10** (reformulée)\u202f: Train the ~~police.~~ **police and the army.**');
    const nl = await nap(['diff', 't-2016', 't-2020', '--lang', 'nl'], { cwd });
    expect(nl.stdout).toContain('acties, elk één keer geteld: 0 toegevoegd, 0 geschrapt, 0 verplaatst, 1 herschreven');
    expect(nl.stdout).toContain('[gekoppeld op tekst, 100% gelijk]');
  });
});

describe('usage errors come before the browser', () => {
  it('report --year outside every plan answers without starting a browser', async () => {
    const cwd = workspace({ 'plans/t-2020/plan.yaml': PLAN.replace('supersedes: t-2016\n', '') });
    const marker = join(cwd, 'browser-started');
    const browser = join(cwd, 'fake-chrome');
    writeFileSync(browser, `#!/bin/sh\ntouch ${marker}\nsleep 30\n`);
    chmodSync(browser, 0o755);
    const started = Date.now();
    const r = await nap(['report', '--year', '2099'], { cwd, env: { PUPPETEER_EXECUTABLE_PATH: browser } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no plan under ./plans covers 2099');
    expect(existsSync(marker)).toBe(false);
    expect(Date.now() - started).toBeLessThan(20_000); // a browser start would hang 30 s
  });
});

describe('a run that fails while the browser starts', () => {
  it('answers at once and leaves no browser behind, however long the browser takes to start', async () => {
    const cwd = workspace({
      'plans/t-2020/plan.yaml': PLAN.replace('supersedes: t-2016\n', ''),
      'plans/t-2020/progress/2021.yaml': PROGRESS,
      // A template that does not compile: found after the browser was asked to start.
      'broken/partials/toc.hbs': '{{#each toc}} never closed',
    });
    const marker = join(cwd, 'browser-started');
    const browser = join(cwd, 'slow-chrome');
    writeFileSync(browser, `#!/bin/sh\ntouch ${marker}\nsleep 30\n`);
    chmodSync(browser, 0o755);
    const started = Date.now();
    const tag = randomUUID();
    const r = await nap(['report', '--year', '2021', '--format', 'pdf', '--templates', join(cwd, 'broken')], {
      cwd,
      env: { PUPPETEER_EXECUTABLE_PATH: browser, NAP_TEST_MARKER: tag },
    });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('toc.hbs');
    expect(existsSync(marker)).toBe(true); // it was started beside the templates
    expect(Date.now() - started).toBeLessThan(10_000); // and not waited for (it sleeps 30 s)
    expect(await settle(tag)).toEqual([]);
  });
});

describe('what was written is said, also when a later step fails', () => {
  it('the HTML written before the browser failed is listed', async () => {
    const cwd = workspace({
      'plans/t-2020/plan.yaml': PLAN.replace('supersedes: t-2016\n', ''),
      'plans/t-2020/progress/2021.yaml': PROGRESS,
    });
    const browser = join(cwd, 'crashing-chrome');
    writeFileSync(browser, '#!/bin/sh\necho "segmentation fault" >&2\nexit 139\n');
    chmodSync(browser, 0o755);
    const r = await nap(['report', '--year', '2021', '--kind', 'brief'], {
      cwd,
      env: { PUPPETEER_EXECUTABLE_PATH: browser },
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('wrote reports/t-2020-2021-brief.en.html\n');
    expect(r.stderr).toMatch(
      /nap: the browser .*crashing-chrome did not start: it exited with 139 before it was ready: segmentation fault/,
    );
    expect(existsSync(join(cwd, 'reports/t-2020-2021-brief.en.pdf'))).toBe(false);
  });
});
