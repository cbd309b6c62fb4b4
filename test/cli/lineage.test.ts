import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { edit, PLAN, PROGRESS } from '../helpers.js';
import { nap, workspace } from './harness.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
// The old edition ran 2016-2019 and reported on 2018; the new one renumbers 2.a to 2.b.
const OLD = PLAN.replace('id: t-2020', 'id: t-2016')
  .replace('supersedes: t-2016\n', '')
  .replace('period: { start: 2020, end: 2023 }', 'period: { start: 2016, end: 2019 }')
  .replace('due: 2022', 'due: 2019');
const OLD_PROGRESS = PROGRESS.replace('plan: t-2020', 'plan: t-2016').replace('year: 2021', 'year: 2018');
const NEW = edit(PLAN, '- id: 2.a', '- id: 2.b');
const editions = (extra: Record<string, string> = {}) =>
  workspace({
    'plans/t-2016/plan.yaml': OLD,
    'plans/t-2016/progress/2018.yaml': OLD_PROGRESS,
    'plans/t-2020/plan.yaml': NEW,
    ...extra,
  });

describe('lineage: continues: from one edition to the next', () => {
  it('nap diff --write-lineage writes a proposal beside, never over, the plan', async () => {
    const cwd = editions();
    const r = await nap(['diff', 't-2016', 't-2020', '--write-lineage'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('wrote reports/t-2020.lineage.yaml\n');
    expect(r.stderr).toContain(
      'lineage: continues proposed for 3 actions (1 matched by wording, not by id: marked with a comment, check them first). Review it (diff plans/t-2020/plan.yaml reports/t-2020.lineage.yaml)',
    );
    expect(readFileSync(join(cwd, 'plans/t-2020/plan.yaml'), 'utf8')).toBe(NEW);
    const proposal = readFileSync(join(cwd, 'reports/t-2020.lineage.yaml'), 'utf8');
    // matched by wording, not by id: marked for review
    expect(proposal).toContain(
      '      - id: 2.b\n        continues: "t-2016:2.a"  # matched by wording (100% alike): review\n',
    );
    expect(proposal.match(/# matched by wording/g)).toHaveLength(1);
    // adopted, it validates against the old edition beside it
    const adopted = editions({ 'plans/t-2020/plan.yaml': proposal });
    expect((await nap(['validate', 'plans/t-2020'], { cwd: adopted })).code).toBe(0);
    // the plan itself is an input: naming it as the proposal is refused
    const over = await nap(['diff', 't-2016', 't-2020', '--write-lineage', 'plans/t-2020/plan.yaml'], { cwd });
    expect(over.code).toBe(2);
    expect(readFileSync(join(cwd, 'plans/t-2020/plan.yaml'), 'utf8')).toBe(NEW);
  });

  it('never writes over a proposal already there (a person may be reviewing it) unless --replace', async () => {
    const cwd = editions();
    expect((await nap(['diff', 't-2016', 't-2020', '--write-lineage'], { cwd })).code).toBe(1);
    const file = join(cwd, 'reports/t-2020.lineage.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}# reviewed up to 2.b\n`);
    const again = await nap(['diff', 't-2016', 't-2020', '--write-lineage'], { cwd });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(
      'reports/t-2020.lineage.yaml already exists, and may hold your review of an earlier proposal',
    );
    expect(again.stderr).toContain('add --replace');
    expect(readFileSync(file, 'utf8')).toContain('# reviewed up to 2.b');
    const replaced = await nap(['diff', 't-2016', 't-2020', '--write-lineage', '--replace'], { cwd });
    expect(replaced.code).toBe(1);
    expect(readFileSync(file, 'utf8')).not.toContain('# reviewed up to 2.b');
  });

  it('nap validate checks the continued action when the earlier edition is beside the plan', async () => {
    const bad = edit(
      NEW,
      '        actors: [equality]\n',
      '        actors: [equality]\n        continues: t-2016:2.z\n',
    );
    const r = await nap(['validate', 'plans/t-2020'], { cwd: editions({ 'plans/t-2020/plan.yaml': bad }) });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("plan t-2016 has no action '2.z' — did you mean '2.a'?");
    expect(r.stdout).toContain('NAP080');
    // an edition that is not there is not checked
    const absent = bad.replace('continues: t-2016:2.z', 'continues: t-2009:2.z');
    expect(
      (await nap(['validate', 'plans/t-2020'], { cwd: editions({ 'plans/t-2020/plan.yaml': absent }) })).code,
    ).toBe(0);
  });

  it('nap report shows an action’s history across editions', async () => {
    const linked = edit(
      NEW,
      '        actors: [equality]\n',
      '        actors: [equality]\n        continues: t-2016:2.a\n',
    );
    const cwd = editions({ 'plans/t-2020/plan.yaml': linked });
    const r = await nap(['report', 't-2020', '--year', '2021', '-k', 'parliament', '-f', 'html', '-o', 'r.html'], {
      cwd,
    });
    expect(r.code).toBe(0);
    const html = readFileSync(join(cwd, 'r.html'), 'utf8');
    expect(html).toContain('Earlier editions: 2.a in Test plan (2016–2019), Completed in 2018');
    expect(html.match(/Earlier editions/g)).toHaveLength(1);
  });

  it('the illustrative revision of the Belgian sample says what each action continues, as the matching proposes', async () => {
    const out = join(workspace(), 'again.yaml');
    const r = await nap(['diff', 'be-2013', 'be-2013-rev', '--write-lineage', out, '--no-progress'], { cwd: repo });
    expect(r.stderr).toContain('lineage: nothing to propose: 98 actions already say what they continue.');
    expect(r.stderr).not.toContain('the matching suggests');
  });
});
