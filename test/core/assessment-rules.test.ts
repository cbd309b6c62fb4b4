import { describe, expect, it } from 'vitest';
import { validatePaths } from '../../src/core/validate/index.js';
import { workspace } from '../cli/harness.js';
import { ASSESSMENT, checkInline, codes, edit, PLAN, PROGRESS } from '../helpers.js';

const assessed = (from: string, to: string, name = '2021.yaml') =>
  checkInline({ assessments: { [name]: edit(ASSESSMENT, from, to) } });
const hit = (run: ReturnType<typeof checkInline>, code: string) => run.findings.find((f) => f.code === code);

describe('assessment files are checked like progress files', () => {
  it('a valid assessment gives no finding', () => {
    expect(
      codes(
        checkInline({
          assessments: { '2021.yaml': ASSESSMENT, '2021/b.yaml': edit(ASSESSMENT, 'id: wps-network', 'id: b') },
        }).findings,
      ),
    ).toEqual([]);
  });

  it('names the plan of its folder (NAP050), a year of the period (NAP051) that its name gives (NAP052)', () => {
    expect(hit(assessed('plan: t-2020', 'plan: t-2016'), 'NAP050')).toMatchObject({ line: 2 });
    expect(hit(assessed('year: 2021', 'year: 2030', '2030.yaml'), 'NAP051')).toMatchObject({ line: 3 });
    const differs = hit(assessed('year: 2021', 'year: 2022', '2021/x.yaml'), 'NAP052');
    expect(differs?.message).toContain('assessment says year 2022');
    expect(differs?.fix).toContain('assessments/2022');
  });

  it('assesses actions of the plan (NAP053) and remarks on their indicators (NAP054)', () => {
    const action = hit(assessed('  2.a:', '  2.b:'), 'NAP053');
    expect(action).toMatchObject({ line: 14, column: 3 });
    expect(action?.fix).toBe("write '2.a'");
    expect(hit(assessed('women-missions: The', 'women-mission: The'), 'NAP054')?.message).toContain(
      "did you mean 'women-missions'",
    );
  });

  it('checks text maps against the plan languages and the schema with line and column', () => {
    expect(codes(assessed('comment: Little beyond the report.', 'comment: { fr: Peu. }').findings)).toContain('NAP038');
    const remark = hit(assessed('The figures were not published.', '{ en: Not published. }'), 'NAP039');
    expect(remark).toMatchObject({ line: 13, pointer: '/actions/1.a/indicators/women-missions' });
    const unknown = hit(assessed('    evidence:', '    evidense:'), 'NAP020');
    expect(unknown).toMatchObject({ line: 11, column: 5 });
    expect(unknown?.fix).toContain("'evidence'");
    expect(hit(assessed('nap: 1\n', ''), 'NAP012')?.fix).toBe(
      "add the line 'nap: 1' at the top of the assessment file",
    );
  });

  it('NAP071 also for an assessor declared in the file as government', () => {
    const f = hit(assessed('type: civil-society', 'type: government'), 'NAP071');
    expect(f).toMatchObject({ line: 4, pointer: '/assessor/type' });
  });

  it('an assessment and a progress file of the same year do not clash (NAP056 and NAP074 are apart)', () => {
    const run = checkInline({ progress: { '2021.yaml': PROGRESS }, assessments: { '2021.yaml': ASSESSMENT } });
    expect(codes(run.findings)).toEqual([]);
  });
});

describe('assessments/ on disk', () => {
  it('reads <year>.yaml and <year>/<assessor>.yaml; anything else is named, not read (NAP059)', async () => {
    const cwd = workspace({
      'plans/t-2020/plan.yaml': PLAN,
      'plans/t-2016/plan.yaml': PLAN.replace('t-2020', 't-2016'),
      'plans/t-2020/assessments/2021/wps-network.yaml': ASSESSMENT,
      'plans/t-2020/assessments/2021.yaml': edit(ASSESSMENT, 'rating: limited', 'rating: partial'),
      'plans/t-2020/assessments/latest.yaml': ASSESSMENT,
      'plans/t-2020/assessments/notes.txt': 'x',
    });
    const run = await validatePaths(['plans/t-2020'], cwd);
    const found = run.findings.map((f) => `${f.code} ${f.file}`);
    expect(found).toContain('NAP073 plans/t-2020/assessments/2021.yaml');
    expect(found).toContain('NAP059 plans/t-2020/assessments/latest.yaml');
    expect(found).toContain('NAP059 plans/t-2020/assessments/notes.txt');
    // Both 2021 files are read: the same assessor rates the same actions twice.
    expect(found).toContain('NAP074 plans/t-2020/assessments/2021.yaml');
  });

  it('an assessment file named on the command line validates its plan', async () => {
    const cwd = workspace({
      'plans/t-2020/plan.yaml': PLAN,
      'plans/t-2016/plan.yaml': PLAN.replace('t-2020', 't-2016'),
      'plans/t-2020/assessments/2021.yaml': edit(ASSESSMENT, 'rating: limited', 'rating: partial'),
    });
    const run = await validatePaths(['plans/t-2020/assessments/2021.yaml'], cwd);
    expect(codes(run.findings)).toContain('NAP073');
  });
});
