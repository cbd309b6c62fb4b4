import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { edit, PLAN, PROGRESS } from '../helpers.js';
import { readPdf } from '../pdf-helpers.js';
import { nap, workspace } from './harness.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const OLD = PLAN.replace('id: t-2020', 'id: t-2016').replace('supersedes: t-2016\n', '');
const NEW = edit(
  edit(PLAN, 'text: Train the police.', 'text: Train the police and the army.'),
  '- id: 2.a',
  '- id: 2.b',
);
const editions = (extra: Record<string, string> = {}) =>
  workspace({ 'plans/t-2016/plan.yaml': OLD, 'plans/t-2020/plan.yaml': NEW, ...extra });

describe('nap diff', () => {
  it('exits 0 for editions identical in content, 1 when they differ', async () => {
    const same = workspace({ 'plans/t-2016/plan.yaml': OLD, 'plans/t-2020/plan.yaml': PLAN });
    const r = await nap(['diff', 't-2016', 't-2020'], { cwd: same });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('identical in content');
    expect((await nap(['diff', 't-2016', 't-2020'], { cwd: editions() })).code).toBe(1);
  });

  it('prints a summary then the changes, marked without colour too', async () => {
    const r = await nap(['diff', 't-2016', 't-2020'], { cwd: editions() });
    expect(r.stdout).toContain(
      'actions, each counted once: 0 added, 0 dropped, 0 moved, 1 reworded, 1 renumbered, 0 otherwise changed, 1 unchanged',
    );
    expect(r.stdout).toContain('  ~ 1.10 (reworded)\n      Train the [-police.-] {+police and the army.+}');
    expect(r.stdout).toContain('  ~ 2.a → 2.b (renumbered) [matched by text, 100% alike]');
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect((await nap(['diff', 't-2016', 't-2020'], { cwd: editions(), tty: true })).stdout).toMatch(/\u001b\[3[12]m/);
  });

  it('compares a plan with the edition it supersedes', async () => {
    const r = await nap(['diff', 't-2020'], { cwd: editions() });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Test plan (2020–2023) → Test plan (2020–2023)');
  });

  it('says so when the superseded edition is absent, or none is named', async () => {
    const cwd = workspace({ 'plans/t-2020/plan.yaml': NEW });
    const r = await nap(['diff', 't-2020'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('plan t-2020 supersedes t-2016, which is not under ./plans');
    const none = await nap(['diff', 't-2016'], { cwd: editions() });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('plan t-2016 names no edition it supersedes');
  });

  it('validates both editions first', async () => {
    const r = await nap(['diff', 't-2016', 't-2020'], {
      cwd: editions({ 'plans/t-2020/plan.yaml': NEW.replace('lang: en', 'lang: EN') }),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('plan t-2020 is not valid');
    expect(r.stderr).toContain('NAP024');
  });

  it('writes Markdown for a pull-request comment', async () => {
    const r = await nap(['diff', 't-2016', 't-2020', '--format', 'markdown'], { cwd: editions() });
    expect(r.stdout).toContain('| 0 | 0 | 0 | 1 | 1 | 0 | 1 |');
    expect(r.stdout).toContain('- **1.10** (reworded): Train the ~~police.~~ **police and the army.**');
  });

  it('prints the documented JSON structure', async () => {
    const r = await nap(['diff', 't-2016', 't-2020', '--format', 'json'], { cwd: editions() });
    const d = JSON.parse(r.stdout);
    expect(Object.keys(d)).toEqual([
      'old',
      'new',
      'lang',
      'threshold',
      'identical',
      'summary',
      'plan',
      'structure',
      'changes',
      'actors',
      'actorNames',
    ]);
    expect(d.summary).toEqual({
      added: 0,
      removed: 0,
      reworded: 1,
      renumbered: 1,
      moved: 0,
      unchanged: 1,
      modified: 0,
      actorChanges: 0,
      objectivesAdded: 0,
      objectivesRemoved: 0,
      goalsAdded: 0,
      goalsRemoved: 0,
      aspects: { reworded: 1, renumbered: 1, moved: 0, actors: 0, lead: 0, indicators: 0, due: 0, budget: 0 },
    });
    expect(d.changes[1]).toMatchObject({
      level: 'action',
      kind: 'changed',
      aspects: ['renumbered'],
      oldId: '2.a',
      newId: '2.b',
      oldPath: '2',
      newPath: '2',
    });
  });

  it('writes an HTML document with a summary table and the change annex', async () => {
    const cwd = editions();
    const r = await nap(['diff', 't-2016', 't-2020', '--format', 'html'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('wrote reports/t-2016-to-t-2020.en.html\n');
    const html = readFileSync(join(cwd, 'reports/t-2016-to-t-2020.en.html'), 'utf8');
    expect(html).toContain('<h1>What changed: Test plan (2020–2023) → Test plan (2020–2023)</h1>');
    expect(html).toContain('Train the <del>police.</del> <ins>police and the army.</ins>');
    expect(html).not.toMatch(/<script/);
  });

  it('writes a PDF through the same path as reports', async () => {
    const cwd = editions();
    const r = await nap(['diff', 't-2016', 't-2020', '--format', 'pdf', '--out', 'changes.pdf'], {
      cwd,
      env: { ...process.env } as Record<string, string>,
    });
    expect(r.code).toBe(1);
    const pdf = await readPdf(new Uint8Array(readFileSync(join(cwd, 'changes.pdf'))));
    expect(pdf.info.Title).toBe('What changed: Test plan (2020–2023) → Test plan (2020–2023)');
    expect(pdf.pages.join(' ')).toContain('Train the police. police and the army.');
  }, 60_000);

  it('says illustrative on every printed page of a diff made from illustrative data (fr)', async () => {
    const out = join(workspace(), 'diff.fr.pdf');
    const r = await nap(['diff', 'be-2013', 'be-2013-rev', '--lang', 'fr', '-o', out], {
      cwd: repo,
      env: { ...process.env } as Record<string, string>,
    });
    expect(r.code).toBe(1);
    const pdf = await readPdf(new Uint8Array(readFileSync(out)));
    expect(pdf.pages.length).toBeGreaterThan(2);
    // pdf.js reads the narrow no-break space as a space
    for (const [i, page] of pdf.pages.entries())
      expect(page, `page ${i + 1}`).toContain(
        "Comparaison de deux éditions : 2013–2016 → 2017–2021 · Données d'exemple illustratives",
      );
  }, 60_000);

  it("follows the old edition's commitments when it has progress files, unless --no-progress", async () => {
    const cwd = editions({
      'plans/t-2016/progress/2021.yaml': PROGRESS.replace('plan: t-2020', 'plan: t-2016').replace(
        'reporter: equality',
        'reporter: equality\nillustrative: true',
      ),
    });
    const json = JSON.parse((await nap(['diff', 't-2016', 't-2020', '-f', 'json'], { cwd })).stdout);
    expect(json.followUp.counts).toEqual({ dropped: 0, carried: 2, repeated: 1, concluded: 0 });
    expect(json.followUp.actions[2]).toMatchObject({
      oldId: '2.a',
      status: 'completed',
      fate: 'repeated',
      newId: '2.b',
    });
    const text = (await nap(['diff', 't-2016', 't-2020'], { cwd })).stdout;
    expect(text).toContain('What became of the commitments of Test plan (2020–2023)');
    expect(text).toContain('  Illustrative sample data — not official figures');
    expect(text).toContain('    In progress (1): 1.a');
    expect(text).toContain('    = 2.a → 2.b [Completed in 2021] Report yearly.');
    const off = JSON.parse((await nap(['diff', 't-2016', 't-2020', '-f', 'json', '--no-progress'], { cwd })).stdout);
    expect(off.followUp).toBeUndefined();
    // the progress is validated like the plans
    const bad = editions({
      'plans/t-2016/progress/2021.yaml': PROGRESS.replace('plan: t-2020', 'plan: t-2016').replace(
        'status: completed',
        'status: done',
      ),
    });
    const r = await nap(['diff', 't-2016', 't-2020'], { cwd: bad });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('NAP023');
    // the progress alone is wrong: the fix says the matrices can be compared without it
    expect(r.stderr).toContain('or compare the matrices alone: nap diff t-2016 t-2020 --no-progress');
    expect((await nap(['diff', 't-2016', 't-2020', '--no-progress'], { cwd: bad })).stdout).toContain('1 reworded');
    // a plan that is itself invalid: --no-progress would not help, so it is not offered
    const worse = editions({
      'plans/t-2016/plan.yaml': OLD.replace('lang: en', 'lang: EN'),
      'plans/t-2016/progress/2021.yaml': PROGRESS.replace('plan: t-2020', 'plan: t-2016').replace(
        'status: completed',
        'status: done',
      ),
    });
    const both = await nap(['diff', 't-2016', 't-2020'], { cwd: worse });
    expect(both.code).toBe(1);
    expect(both.stderr).not.toContain('--no-progress');
  });

  it('checks its options', async () => {
    const cwd = editions();
    expect((await nap(['diff'], { cwd })).code).toBe(2);
    expect((await nap(['diff', 't-2016', 't-2020', '--threshold', '2'], { cwd })).code).toBe(2);
    expect((await nap(['diff', 't-2016', 't-2020', '--format', 'svg'], { cwd })).code).toBe(2);
    expect((await nap(['diff', '--help'], { cwd })).stdout).toContain('Examples:');
  });
});
