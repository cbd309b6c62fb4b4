import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { edit, PLAN, PROGRESS } from '../helpers.js';
import { nap, workspace } from './harness.js';

const plans = (extra: Record<string, string> = {}) =>
  workspace({
    'plans/t-2020/plan.yaml': PLAN.replace('supersedes: t-2016\n', ''),
    'plans/t-2020/progress/2021.yaml': PROGRESS,
    ...extra,
  });

describe('nap report', () => {
  it('finds the plan covering the year, writes both HTML documents and says what it wrote', async () => {
    const cwd = plans();
    const r = await nap(['report', '--year', '2021', '--format', 'html'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('wrote reports/t-2020-2021-parliament.en.html\nwrote reports/t-2020-2021-brief.en.html\n');
    expect(readFileSync(join(cwd, 'reports/t-2020-2021-parliament.en.html'), 'utf8')).toContain('<h1>Test plan</h1>');
  });

  it('stops with the validation messages and exit 1 when the input is invalid', async () => {
    const cwd = plans({ 'plans/t-2020/progress/2021.yaml': edit(PROGRESS, 'status: completed', 'status: done') });
    const r = await nap(['report', '--year', '2021', '--format', 'html'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('\'status\' of the report on action 2.a is the text "done", which is not allowed');
    expect(r.stderr).toContain('plan t-2020 is not valid (1 error)');
    expect(existsSync(join(cwd, 'reports'))).toBe(false);
  });

  it('names the period when the year is outside it', async () => {
    const r = await nap(['report', 't-2020', '--year', '2031'], { cwd: plans() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('2031 is outside the period of plan t-2020, 2020-2023');
  });

  it('lists the periods there are when no plan covers the year', async () => {
    const r = await nap(['report', '--year', '2031'], { cwd: plans() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no plan under ./plans covers 2031; the plans there are: t-2020 (2020-2023)');
  });

  it('refuses with the list when several plans cover the year', async () => {
    const cwd = plans({
      'plans/t-2022/plan.yaml': PLAN.replace('id: t-2020', 'id: t-2022').replace(
        'supersedes: t-2016',
        'supersedes: t-2020',
      ),
    });
    const r = await nap(['report', '--year', '2021'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('several plans cover 2021: t-2020, t-2022');
  });

  it('renders a year without progress, every action not reported, with a warning', async () => {
    const cwd = plans();
    const r = await nap(['report', '--year', '2022', '--kind', 'brief', '--format', 'html'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('no progress was reported for 2022');
    expect(readFileSync(join(cwd, 'reports/t-2020-2022-brief.en.html'), 'utf8')).toContain(
      '<span class="figure">3</span>not reported',
    );
  });

  it('renders other languages, warning about untranslated texts', async () => {
    const cwd = plans();
    const r = await nap(['report', '--year', '2021', '--lang', 'fr,nl', '--kind', 'brief', '--format', 'html'], {
      cwd,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('t-2020-2021-brief.fr.html');
    expect(r.stdout).toContain('t-2020-2021-brief.nl.html');
    expect(r.stderr).toMatch(/fr: \d+ texts have no 'fr' version and are shown in 'en'/);
    const fr = readFileSync(join(cwd, 'reports/t-2020-2021-brief.fr.html'), 'utf8');
    expect(fr).toContain('<html lang="fr">');
    expect(fr).toContain("Institut pour l'égalité".replace("'", '&#x27;'));
  });

  it('refuses a language without template wording, naming those there are', async () => {
    const r = await nap(['report', '--year', '2021', '--lang', 'de'], { cwd: plans() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("there is no template wording for the language 'de' (available: en, fr, nl)");
  });

  it('exits 2 with the install command when no browser is found, writing nothing', async () => {
    const cwd = plans();
    const r = await nap(['report', '--year', '2021', '--format', 'pdf'], {
      cwd,
      env: { PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chromium' },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('apt-get install -y chromium');
    expect(existsSync(join(cwd, 'reports')) ? readdirSync(join(cwd, 'reports')) : []).toEqual([]);
  });

  it('exits 2 when the output folder cannot be made, leaving no partial file', async () => {
    const cwd = plans({ 'out-is-a-file': 'x' });
    const r = await nap(['report', '--year', '2021', '--format', 'html', '--out', 'out-is-a-file/reports'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /cannot create the output folder .*out-is-a-file\/reports: a file stands where a folder is needed/,
    );
    expect(r.stderr).toContain('fix: choose another folder with --out');
  });

  it('stops cleanly when interrupted, exit 130, nothing written', async () => {
    const cwd = plans();
    const controller = new AbortController();
    controller.abort();
    let stderr = '';
    const code = await run(['report', '--year', '2021', '--format', 'html'], {
      stdout: { write: () => true },
      stderr: { write: (s: string) => (stderr += s) },
      env: {},
      cwd,
      signal: controller.signal,
    });
    expect(code).toBe(130);
    expect(stderr).toContain('interrupted');
    expect(existsSync(join(cwd, 'reports'))).toBe(false);
  });

  it('checks its options: year, kind, timeout', async () => {
    const cwd = plans();
    expect((await nap(['report', '--year', '21'], { cwd })).code).toBe(2);
    expect((await nap(['report'], { cwd })).stderr).toContain("required option '-y, --year <YYYY>' not specified");
    expect((await nap(['report', '--year', '2021', '--kind', 'memo'], { cwd })).code).toBe(2);
    expect((await nap(['report', '--year', '2021', '--timeout', 'soon'], { cwd })).code).toBe(2);
    expect((await nap(['report', '--help'], { cwd })).stdout).toContain('Examples:');
  });
});
