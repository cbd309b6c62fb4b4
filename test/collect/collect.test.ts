import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { nap } from '../cli/harness.js';
import { fill, fillDefence, requestReturn, sampleWorkspace } from './helpers.js';
import { fillMinistry, unitsWorkspace } from './units-plan.js';

const DEFENCE_2016 = 'plans/be-2013/progress/2016/defence.yaml';

describe('nap collect', () => {
  it('round trip on the Belgian sample: request, fill, collect, validate, report', async () => {
    const cwd = sampleWorkspace();
    const blank = await requestReturn(cwd, 2016, 'defence', ['--due', '2017-01-31']);
    const filled = await fill(blank, join(cwd, 'defence.xlsx'), fillDefence);
    const r = await nap(['collect', filled], { cwd });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain(`collected defence.xlsx -> ${DEFENCE_2016} (37 actions)`);
    const text = readFileSync(join(cwd, DEFENCE_2016), 'utf8');
    const data = parse(text);
    expect(data).toMatchObject({ nap: 1, plan: 'be-2013', year: 2016, reporter: 'defence' });
    expect(data.submitted).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data.actions['1.a']).toEqual({
      status: 'in-progress',
      summary: 'Test data 0: written by the test suite, not official.',
      indicators: { '1': 'Two reports submitted.' },
      spent: { amount: 1500, currency: 'EUR' },
      sources: ['Annual report 2016, p. 3', 'Internal note'],
    });
    expect(data.actions['21'].indicators).toEqual({ 'staff-women-men': { women: 31, men: 402 } });
    // In the plan's order, not the object's ("15" would come first).
    expect(text.indexOf('\n  1.a:')).toBeLessThan(text.indexOf('\n  "15":'));

    const v = await nap(['validate', 'be-2013'], { cwd });
    expect(v.code, v.stdout).toBe(0);
    const rep = await nap(['report', 'be-2013', '--year', '2016', '-f', 'json', '-o', 'r.json'], { cwd });
    expect(rep.code, rep.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(cwd, 'r.json'), 'utf8'));
    const a21 = report.actions.find((a: { id: string }) => a.id === '21');
    expect(a21.byActor.defence).toBe('in-progress');
    expect(a21.reported).toEqual(['defence']);
    const staff = report.indicators.find((i: { key: string }) => i.key === 'staff-women-men');
    expect(staff.values.find((v: { year: number }) => v.year === 2016)).toMatchObject({
      value: { women: 31, men: 402 },
      total: 433,
    });
    expect(report.totals['not-reported']).toBeLessThan(102);
    expect(report.submissions.some((s: { reporter?: string }) => s.reporter === 'defence')).toBe(true);
  });

  it('collecting the same return twice changes nothing; --dry-run writes nothing', async () => {
    const cwd = unitsWorkspace();
    const blank = await requestUnits(cwd);
    const filled = await fill(blank, join(cwd, 'm.xlsx'), fillMinistry);
    const dry = await nap(['collect', filled, '--dry-run'], { cwd });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('would write plans/u-2020/progress/2021/ministry.yaml from m.xlsx (--dry-run):');
    expect(dry.stdout).toContain('reporter: ministry');
    expect(existsSync(join(cwd, 'plans/u-2020/progress'))).toBe(false);
    expect((await nap(['collect', filled], { cwd })).code).toBe(0);
    const target = join(cwd, 'plans/u-2020/progress/2021/ministry.yaml');
    const before = { text: readFileSync(target, 'utf8'), mtime: statSync(target).mtimeMs };
    const again = await nap(['collect', filled], { cwd });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('unchanged plans/u-2020/progress/2021/ministry.yaml: it already holds m.xlsx');
    expect(readFileSync(target, 'utf8')).toBe(before.text);
    expect(statSync(target).mtimeMs).toBe(before.mtime);
  });

  it('never replaces a progress file without --replace, and lists the changes field by field', async () => {
    const cwd = unitsWorkspace();
    const blank = await requestUnits(cwd);
    await nap(['collect', await fill(blank, join(cwd, 'a.xlsx'), fillMinistry)], { cwd });
    const target = join(cwd, 'plans/u-2020/progress/2021/ministry.yaml');
    const first = readFileSync(target, 'utf8');
    const changed = await fill(blank, join(cwd, 'b.xlsx'), (f) => {
      fillMinistry(f);
      f.action('1.a', 'status', 'Delayed');
      f.indicator('1.a', 'people', 'value', 41);
      f.indicator('1.a', 'share', 'value', null);
    });
    const refused = await nap(['collect', changed], { cwd });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('NAP120');
    expect(refused.stdout).toContain('~ actions/1.a/status: "completed" -> "delayed"');
    expect(refused.stdout).toContain('~ actions/1.a/indicators/people: 40 -> 41');
    expect(refused.stdout).toContain('- actions/1.a/indicators/share: 45');
    expect(refused.stdout).toContain('not collected b.xlsx: 1 error, nothing written');
    expect(readFileSync(target, 'utf8')).toBe(first);
    const replaced = await nap(['collect', changed, '--replace'], { cwd });
    expect(replaced.code, replaced.stdout).toBe(0);
    expect(replaced.stdout).toContain('plans/u-2020/progress/2021/ministry.yaml: 3 fields change');
    expect(parse(readFileSync(target, 'utf8')).actions['1.a'].status).toBe('delayed');
  });

  it('a return requested again after collecting comes pre-filled with the answers, and collects unchanged', async () => {
    const cwd = unitsWorkspace();
    const blank = await requestUnits(cwd);
    expect((await nap(['collect', await fill(blank, join(cwd, 'm.xlsx'), fillMinistry)], { cwd })).code).toBe(0);
    // The blank return is still there and differs from the pre-filled one: kept without --replace.
    const kept = await nap(['request', 'u-2020', '--year', '2021', '--actor', 'ministry'], { cwd });
    expect(kept.code).toBe(1);
    expect(kept.stderr).toContain('kept requests/u-2020-2021-ministry.xlsx: it differs from the return nap writes now');
    const again = await requestUnits(cwd, 'ministry', ['--replace']);
    const r = await nap(['collect', again], { cwd });
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain('unchanged plans/u-2020/progress/2021/ministry.yaml');
  });

  it('writes nothing for a return with an error, and the rest of the run goes on', async () => {
    const cwd = unitsWorkspace();
    const blank = await requestUnits(cwd);
    const bad = await fill(blank, join(cwd, 'bad.xlsx'), (f) => {
      fillMinistry(f);
      f.indicator('1.a', 'people', 'value', 'twelve');
    });
    const other = await requestUnits(cwd, 'other');
    const ok = await fill(other, join(cwd, 'other.xlsx'), (f) => void f.action('2.a', 'status', 'Completed'));
    const r = await nap(['collect', bad, ok], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Indicators!F2 +error +'twelve' is not a number +NAP111/);
    expect(existsSync(join(cwd, 'plans/u-2020/progress/2021/ministry.yaml'))).toBe(false);
    expect(existsSync(join(cwd, 'plans/u-2020/progress/2021/other.yaml'))).toBe(true);
  });

  it('matches rows by their ids: sorted, inserted and deleted rows are read right', async () => {
    const cwd = unitsWorkspace();
    const blank = await requestUnits(cwd);
    const filled = await fill(blank, join(cwd, 'sorted.xlsx'), (f) => {
      fillMinistry(f);
      const ws = f.wb.getWorksheet('Indicators')!;
      ws.spliceRows(2, 0, [], ['1.a', 'people', 'A row moved here', '', '', 40]); // the people row, moved up
      ws.spliceRows(4, 1); // its original row, now the 4th, deleted
      const actions = f.wb.getWorksheet('Actions')!;
      const [a, b] = [actions.getRow(2).values, actions.getRow(3).values];
      actions.getRow(2).values = b as never;
      actions.getRow(3).values = a as never; // the two actions sorted the other way
    });
    const r = await nap(['collect', filled, '--dry-run', '--format', 'json'], { cwd });
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr).toContain('  1.a:\n    status: completed');
    expect(r.stderr).toContain('people: 40');
  });

  it('reports located findings in every output format of nap validate', async () => {
    const cwd = unitsWorkspace();
    const blank = await requestUnits(cwd);
    const bad = await fill(blank, join(cwd, 'bad.xlsx'), (f) => {
      fillMinistry(f);
      f.indicator('1.a', 'people', 'value', 'twelve');
    });
    const json = JSON.parse((await nap(['collect', bad, '-f', 'json'], { cwd })).stdout);
    expect(json).toEqual([
      expect.objectContaining({ file: 'bad.xlsx', line: 2, column: 6, code: 'NAP111', pointer: '/Indicators/F2' }),
    ]);
    const sarif = JSON.parse((await nap(['collect', bad, '-f', 'sarif'], { cwd })).stdout);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.region).toEqual({ startLine: 2, startColumn: 6 });
    const github = (await nap(['collect', bad, '-f', 'github'], { cwd })).stdout;
    expect(github).toMatch(/^::error file=bad\.xlsx,line=2,col=6/m);
    // Line and column alone do not say which sheet: the cell leads the message.
    expect(github).toContain("Indicators!F2: 'twelve' is not a number");
    expect(sarif.runs[0].results[0].message.text).toMatch(/^Indicators!F2: 'twelve' is not a number/);
  });

  it('collects a YAML return, keeping only what was filled in', async () => {
    const cwd = unitsWorkspace();
    const r = await nap(['request', 'u-2020', '--year', '2021', '--actor', 'ministry', '-f', 'yaml'], { cwd });
    expect(r.code).toBe(0);
    const path = join(cwd, 'requests/u-2020-2021-ministry.yaml');
    const text = readFileSync(path, 'utf8')
      .replace(/( {2}1\.a:\n {4}status:)/, '$1 completed')
      .replace('      people:', '      people: 12')
      .replace('submitted:   ', 'submitted: "2022-01-15"');
    writeFileSync(join(cwd, 'filled.yaml'), text);
    const c = await nap(['collect', 'filled.yaml'], { cwd });
    expect(c.code, c.stdout).toBe(0);
    const data = parse(readFileSync(join(cwd, 'plans/u-2020/progress/2021/ministry.yaml'), 'utf8'));
    expect(data).toEqual({
      nap: 1,
      plan: 'u-2020',
      year: 2021,
      reporter: 'ministry',
      submitted: '2022-01-15',
      actions: { '1.a': { status: 'completed', indicators: { people: 12 } } },
    });
    expect((await nap(['validate', 'u-2020'], { cwd })).code).toBe(0);
  });

  it('recognises a return made from an older edition of the matrix, and says what changed', async () => {
    const cwd = unitsWorkspace();
    const blank = await requestUnits(cwd);
    const filled = await fill(blank, join(cwd, 'old.xlsx'), fillMinistry);
    const planFile = join(cwd, 'plans/u-2020/plan.yaml');
    writeFileSync(planFile, readFileSync(planFile, 'utf8').replace('+1 or -1, @everyone', 'Train everyone.'));
    const r = await nap(['collect', filled, '-f', 'json'], { cwd });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      expect.objectContaining({
        code: 'NAP107',
        severity: 'warning',
        message: 'the plan changed since this return was made: actions whose text, actors or indicators changed: 1.10',
      }),
    ]);
  });

  it('a blank return writes nothing and says so; status does not count an empty progress file', async () => {
    const cwd = unitsWorkspace();
    const blank = await requestUnits(cwd);
    const r = await nap(['collect', blank], { cwd });
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toContain(
      'not collected requests/u-2020-2021-ministry.xlsx: nothing is filled in, nothing written',
    );
    expect(r.stdout).toMatch(/warning +nothing is filled in: this is the blank return +NAP130/);
    expect(existsSync(join(cwd, 'plans/u-2020/progress'))).toBe(false);
    // One written by hand (or by an earlier nap) is not a submission either.
    mkdirSync(join(cwd, 'plans/u-2020/progress/2021'), { recursive: true });
    writeFileSync(
      join(cwd, 'plans/u-2020/progress/2021/ministry.yaml'),
      'nap: 1\nplan: u-2020\nyear: 2021\nreporter: ministry\nsubmitted: "2022-01-10"\nactions: {}\n',
    );
    const s = await nap(['status', 'u-2020', '--year', '2021', '-f', 'json'], { cwd });
    const ministry = JSON.parse(s.stdout).actors.find((a: { actor: string }) => a.actor === 'ministry');
    expect(ministry).toMatchObject({ state: 'missing', submitted: null, files: [] });
  });

  it('an unchanged return collects unchanged against a hand-written file; --replace keeps its own fields and label', async () => {
    const cwd = sampleWorkspace();
    const path = 'plans/be-2013/progress/2015/defence.yaml';
    const original = readFileSync(join(cwd, path), 'utf8');
    const blank = await requestReturn(cwd, 2015, 'defence');
    const same = await nap(['collect', blank], { cwd });
    expect(same.code, same.stdout).toBe(0);
    expect(same.stdout).toContain(`unchanged ${path}`);
    expect(readFileSync(join(cwd, path), 'utf8')).toBe(original);

    const changed = await fill(blank, join(cwd, 'd.xlsx'), (f) => void f.action('5.a', 'status', 'Completed'));
    const r = await nap(['collect', changed, '--replace'], { cwd });
    expect(r.code, r.stdout).toBe(0);
    // Only what the return changes (and the date, a new submission): not notes, illustrative or a trailing newline.
    expect(r.stdout).toContain(`${path}: 2 fields change`);
    expect(r.stdout).toContain('~ actions/5.a/status: "in-progress" -> "completed"');
    const text = readFileSync(join(cwd, path), 'utf8');
    expect(text).toMatch(/^# yaml-language-server: .*\n#\n# ILLUSTRATIVE SAMPLE DATA/);
    const data = parse(text);
    expect(data).toMatchObject({ illustrative: true, notes: parse(original).notes });
    expect(data.submitted).not.toBe('2016-01-18');
    expect((await nap(['validate', 'be-2013'], { cwd })).code).toBe(0);
  });

  it('places a finding of the collected file at the cell or line of the return it came from', async () => {
    const cwd = sampleWorkspace();
    // 1.a is already reported for 2014 in the whole-plan 2014.yaml: reporting it again breaks NAP056.
    const blank = await requestReturn(cwd, 2014, 'defence');
    let row = 0;
    const twice = await fill(blank, join(cwd, 'r14.xlsx'), (f) => {
      f.action('1.a', 'status', 'Completed');
      row = f.actionRows().get('1.a')!;
    });
    const r = await nap(['collect', twice], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`Actions!G${row} +error +.*NAP056.*NAP121`));
    const y = await requestReturn(cwd, 2016, 'defence', ['--format', 'yaml']);
    const text = readFileSync(y, 'utf8');
    const line = text.split('\n').indexOf('    status:') + 1;
    writeFileSync(y, text.replace(/^ {4}status:$/m, '    status: done'));
    const ry = await nap(['collect', y], { cwd });
    expect(ry.code).toBe(1);
    expect(ry.stdout).toMatch(new RegExp(`\\b${line}:5 +error .*NAP023.*NAP121`));
  });

  it('a return for another year and another actor says both', async () => {
    const cwd = unitsWorkspace();
    const filled = await fill(await requestUnits(cwd), join(cwd, 'm.xlsx'), fillMinistry);
    const r = await nap(['collect', filled, '--year', '2022', '--actor', 'other'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('this return is for 2021, not 2022');
    expect(r.stdout).toContain('this return is from ministry, not other');
  });

  it('warns of a date of submission before the end of the year reported on, and writes it as given', async () => {
    const cwd = unitsWorkspace();
    const filled = await fill(await requestUnits(cwd), join(cwd, 'm.xlsx'), (f) => {
      fillMinistry(f);
      f.wb.worksheets[0]!.getCell('C10').value = '2021-03-01';
    });
    const r = await nap(['collect', filled], { cwd });
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(
      /Instructions!C10 +warning +the date of submission 2021-03-01 is before the end of 2021, the year reported on +NAP131/,
    );
    expect(parse(readFileSync(join(cwd, 'plans/u-2020/progress/2021/ministry.yaml'), 'utf8')).submitted).toBe(
      '2021-03-01',
    );
  });

  it('a missing return is a usage error (exit 2)', async () => {
    const r = await nap(['collect', 'nowhere.xlsx'], { cwd: unitsWorkspace() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nowhere.xlsx: no such file');
  });
});

async function requestUnits(cwd: string, actor = 'ministry', extra: string[] = []): Promise<string> {
  const r = await nap(['request', 'u-2020', '--year', '2021', '--actor', actor, ...extra], { cwd });
  expect(r.code, r.stderr).toBe(0);
  return join(cwd, `requests/u-2020-2021-${actor}.xlsx`);
}
