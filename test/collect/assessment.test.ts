import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { nap } from '../cli/harness.js';
import { fillAssessment, fillNetwork, requestAssessment } from './assessment-helpers.js';
import { sampleWorkspace, unzip } from './helpers.js';
import { UNITS_PLAN, unitsWorkspace } from './units-plan.js';

// biome-ignore lint/suspicious/noExplicitAny: JSON as printed
type Json = any;

const NETWORK_2015 = 'plans/be-2013/assessments/2015/test-network.yaml';
const NEW_ASSESSOR = ['--assessor-name', 'Test network (test data)'];
/** The units plan with a civil-society actor, which may assess it. */
const WITH_NGO = UNITS_PLAN.replace(
  '  - id: other\n    name: Other office\n',
  '  - id: other\n    name: Other office\n  - id: ngo\n    name: Test NGO\n    type: civil-society\n',
);

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return wb;
}

async function json(cwd: string, args: string[]): Promise<{ code: number; findings: Json[] }> {
  const r = await nap([...args, '--format', 'json'], { cwd });
  expect(r.code, r.stderr).not.toBe(2);
  return { code: r.code, findings: JSON.parse(r.stdout) };
}

describe('assessors through the data call', () => {
  it('round trip on the Belgian sample: request --assessor, fill, collect, validate, report --kind shadow', async () => {
    const cwd = sampleWorkspace();
    const blank = await requestAssessment(cwd, 'be-2013', 2015, 'test-network', [
      ...NEW_ASSESSOR,
      '--due',
      '2016-03-31',
    ]);

    // The workbook: every action, the government's account of the year read-only, the scale as a drop-down.
    const wb = await load(blank);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Instructions', 'visible'],
      ['Assessment', 'visible'],
      ['Indicators', 'visible'],
      ['nap', 'veryHidden'],
    ]);
    const ws = wb.worksheets[1]!;
    expect(ws.getRow(1).values).toEqual([
      undefined,
      'Action',
      'Objective > goal',
      'Text of the action',
      'Responsible actors',
      'Government: status 2015',
      'Government: what was done in 2015',
      'Your rating 2015',
      'Your comment',
      'Evidence',
    ]);
    expect(ws.rowCount - 1).toBe(102);
    const row = ws.getRow(2);
    expect(row.getCell(1).value).toBe('1.a');
    expect(row.getCell(5).value).toBe('In progress');
    expect(String(row.getCell(6).value)).toContain('CEDAW');
    expect(row.getCell(1).protection?.locked ?? true).toBe(true); // locked is the default
    expect(row.getCell(7).protection?.locked).toBe(false);
    expect(row.getCell(7).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"No evidence available,Not started,Limited,Substantial,Complete"'],
    });
    const instructions = wb.worksheets[0]!;
    expect(instructions.getCell('C5').value).toBe('Test network (test data) (test-network)');
    expect(instructions.getCell('C6').value).toBe('March 31, 2016');
    const meta = new Map<string, unknown>();
    wb.worksheets[3]!.eachRow((r) => void meta.set(String(r.getCell(1).value), r.getCell(2).value));
    expect(Object.fromEntries(meta)).toMatchObject({
      format: 'nap-assessment',
      plan: 'be-2013',
      year: 2015,
      actor: 'test-network',
      scale: 'completion',
      'assessor-name': 'Test network (test data)',
      'assessor-type': 'civil-society',
    });

    const filled = await fillAssessment(blank, join(cwd, 'network.xlsx'), fillNetwork);
    const r = await nap(['collect', filled], { cwd });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain(`collected network.xlsx -> ${NETWORK_2015} (2 actions)`);
    const data = parse(readFileSync(join(cwd, NETWORK_2015), 'utf8'));
    expect(data).toMatchObject({
      nap: 1,
      plan: 'be-2013',
      year: 2015,
      assessor: { id: 'test-network', name: 'Test network (test data)', type: 'civil-society' },
      method: 'Test data: desk review.',
    });
    expect(data.submitted).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data.actions).toEqual({
      '1.a': {
        rating: 'limited',
        comment: '=Test data: the report was late, written by the test suite.',
        evidence: ['Interview, March 2016', 'https://example.org/test'],
        indicators: { '2': 'No questionnaire seen (test).' },
      },
      '6.d': { rating: 'substantial', comment: 'Test data: training material in use.' },
    });

    const v = await nap(['validate', 'be-2013'], { cwd });
    expect(v.code, v.stdout).toBe(0);
    const shadow = await nap(
      [
        'report',
        'be-2013',
        '--year',
        '2015',
        '--kind',
        'shadow',
        '--assessor',
        'test-network',
        '-f',
        'html',
        '-o',
        'shadow.html',
      ],
      { cwd },
    );
    expect(shadow.code, shadow.stderr).toBe(0);
    const html = readFileSync(join(cwd, 'shadow.html'), 'utf8');
    expect(html).toContain('Test network (test data)');
    expect(html).toContain('=Test data: the report was late, written by the test suite.');
    expect(html).toContain('No questionnaire seen (test).');

    const again = await nap(['collect', filled], { cwd });
    expect(again.stdout).toContain(`unchanged ${NETWORK_2015}: it already holds network.xlsx`);
  });

  it('names an assessor of the plan, or one declared in an assessment file; refuses others with a fix', async () => {
    const cwd = sampleWorkspace();
    // wps-platform is declared in the sample's assessment of 2015: its return for 2016 declares it again.
    const blank = await requestAssessment(cwd, 'be-2013', 2016, 'wps-platform');
    const filled = await fillAssessment(blank, join(cwd, 'w.xlsx'), (f) => {
      f.rate('4.b', 'rating', 'complete');
      f.rate('4.b', 'comment', 'Test data.');
    });
    expect((await nap(['collect', filled], { cwd })).code).toBe(0);
    const data = parse(readFileSync(join(cwd, 'plans/be-2013/assessments/2016/wps-platform.yaml'), 'utf8'));
    expect(data.assessor).toMatchObject({ id: 'wps-platform', short: 'WPS platform', type: 'civil-society' });
    expect(data.assessor.name).toMatch(/^Illustrative civil-society platform/);

    const government = await nap(['request', 'be-2013', '--year', '2015', '--assessor', 'defence'], { cwd });
    expect(government.code).toBe(2);
    expect(government.stderr).toContain("'defence' is an actor of plan be-2013 of type government");
    const unknown = await nap(['request', 'be-2013', '--year', '2015', '--assessor', 'nobody'], { cwd });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--assessor nobody --assessor-name "Full name"');
    const two = await nap(['request', 'be-2013', '--year', '2015', '--assessor', 'a,b', '--assessor-name', 'A'], {
      cwd,
    });
    expect(two.code).toBe(2);
    const type = await nap(
      [
        'request',
        'be-2013',
        '--year',
        '2015',
        '--assessor',
        'a',
        '--assessor-name',
        'A',
        '--assessor-type',
        'government',
      ],
      { cwd },
    );
    expect(type.code).toBe(2);

    const units = unitsWorkspace(WITH_NGO);
    const ngo = await requestAssessment(units, 'u-2020', 2021, 'ngo');
    const rated = await fillAssessment(ngo, join(units, 'ngo.xlsx'), (f) => {
      f.rate('1.10', 'rating', 'No evidence available');
      f.rate('1.10', 'comment', 'Nothing found (test).');
    });
    expect((await nap(['collect', rated], { cwd: units })).code).toBe(0);
    const own = parse(readFileSync(join(units, 'plans/u-2020/assessments/2021/ngo.yaml'), 'utf8'));
    expect(own.assessor).toBe('ngo');
    expect(own.actions).toEqual({ '1.10': { rating: 'no-evidence', comment: 'Nothing found (test).' } });
  });

  it('checks every cell, and writes nothing for a return with an error', async () => {
    const cwd = sampleWorkspace();
    const blank = await requestAssessment(cwd, 'be-2013', 2015, 'test-network', NEW_ASSESSOR);
    let rows = new Map<string, number>();
    const bad = await fillAssessment(blank, join(cwd, 'bad.xlsx'), (f) => {
      fillNetwork(f);
      rows = f.rows();
      f.rate('1.b', 'rating', 'excellent');
      f.rate('1.b', 'comment', 'Test.');
      f.rate('1.c', 'comment', 'A comment without a rating (test).');
      f.rate('2.a', 'rating', 'N/A');
      f.rate('4.b', 'rating', 'Complete');
      f.rate('4.b', 'comment', { formula: 'CONCAT("a","b")', result: 'ab' });
      const ws = f.wb.worksheets[1]!;
      ws.getRow(ws.rowCount + 1).getCell(1).value = '99.z';
    });
    const { code, findings } = await json(cwd, ['collect', bad]);
    expect(code).toBe(1);
    const at = (code: string) => findings.filter((f) => f.code === code).map((f) => [f.severity, f.pointer]);
    expect(at('NAP122')).toEqual([['error', `/Assessment/G${rows.get('1.b')}`]]);
    expect(at('NAP123')).toEqual([['error', `/Assessment/A${rows.get('1.c')}`]]);
    expect(at('NAP113')).toEqual([['warning', `/Assessment/G${rows.get('2.a')}`]]);
    expect(at('NAP115')).toEqual([['warning', `/Assessment/H${rows.get('4.b')}`]]);
    expect(at('NAP108')).toEqual([['error', '/Assessment/A104']]);
    expect(findings.find((f) => f.code === 'NAP122').fix).toContain('no-evidence, not-started, limited');
    expect(existsSync(join(cwd, NETWORK_2015))).toBe(false);

    const other = await json(cwd, ['collect', bad, '--year', '2016']);
    expect(other.findings.map((f) => f.code)).toEqual(['NAP106']);
  });

  it('--dry-run writes nothing; --replace lists the changes; a return sent back again collects unchanged', async () => {
    const cwd = sampleWorkspace();
    const blank = await requestAssessment(cwd, 'be-2013', 2015, 'test-network', NEW_ASSESSOR);
    const filled = await fillAssessment(blank, join(cwd, 'a.xlsx'), fillNetwork);
    const dry = await nap(['collect', filled, '--dry-run'], { cwd });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(`would write ${NETWORK_2015} from a.xlsx (--dry-run):`);
    expect(dry.stdout).toContain('rating: limited');
    expect(existsSync(join(cwd, NETWORK_2015))).toBe(false);
    expect((await nap(['collect', filled], { cwd })).code).toBe(0);
    const first = readFileSync(join(cwd, NETWORK_2015), 'utf8');

    const changed = await fillAssessment(filled, join(cwd, 'b.xlsx'), (f) => void f.rate('1.a', 'rating', 'Complete'));
    const refused = await nap(['collect', changed], { cwd });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('~ actions/1.a/rating: "limited" -> "complete"');
    expect(refused.stdout).toContain('NAP120');
    expect(readFileSync(join(cwd, NETWORK_2015), 'utf8')).toBe(first);
    const replaced = await nap(['collect', changed, '--replace'], { cwd });
    expect(replaced.code, replaced.stdout).toBe(0);
    expect(parse(readFileSync(join(cwd, NETWORK_2015), 'utf8')).actions['1.a'].rating).toBe('complete');

    // A new return for the assessor comes filled with what was collected, and collects unchanged
    // (--replace: the blank return of before is still in requests/ and differs from it).
    const again = await requestAssessment(cwd, 'be-2013', 2015, 'test-network', ['--replace']);
    const wb = await load(again);
    expect(wb.worksheets[0]!.getCell('C11').value).toBe('Test data: desk review.');
    const unchanged = await nap(['collect', again], { cwd });
    expect(unchanged.code, unchanged.stdout).toBe(0);
    expect(unchanged.stdout).toContain(`unchanged ${NETWORK_2015}`);
  });

  it('YAML returns: request --format yaml, fill it in a text editor, collect', async () => {
    const cwd = sampleWorkspace();
    const file = await requestAssessment(cwd, 'be-2013', 2015, 'test-network', [...NEW_ASSESSOR, '--format', 'yaml']);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# rating (ratings): no-evidence | not-started | limited | substantial | complete');
    expect(text).toContain('  # government 2015: In progress.');
    const filled = text.replace(
      '  1.a:\n    rating:\n    comment:\n',
      '  1.a:\n    rating: limited\n    comment: Test data, typed in YAML.\n',
    );
    expect(filled).not.toBe(text);
    writeFileSync(join(cwd, 'network.yaml'), filled);
    const r = await nap(['collect', 'network.yaml'], { cwd });
    expect(r.code, r.stdout).toBe(0);
    const data = parse(readFileSync(join(cwd, NETWORK_2015), 'utf8'));
    expect(data.assessor).toEqual({ id: 'test-network', name: 'Test network (test data)', type: 'civil-society' });
    expect(data.actions).toEqual({ '1.a': { rating: 'limited', comment: 'Test data, typed in YAML.' } });

    // Asked again, the return gives what was collected, and collects unchanged.
    const again = readFileSync(
      await requestAssessment(cwd, 'be-2013', 2015, 'test-network', ['--format', 'yaml', '--replace']),
      'utf8',
    );
    expect(again).toContain('  1.a:\n    rating: limited\n    comment: Test data, typed in YAML.\n');
    writeFileSync(join(cwd, 'again.yaml'), again);
    expect((await nap(['collect', 'again.yaml'], { cwd })).stdout).toContain(`unchanged ${NETWORK_2015}`);

    writeFileSync(join(cwd, 'half.yaml'), text.replace('  1.a:\n    rating:\n', '  1.a:\n    rating: limited\n'));
    const half = await json(cwd, ['collect', 'half.yaml', '--dry-run']);
    expect(half.findings.map((f) => f.code)).toEqual(['NAP123']);
  });

  it('plan text stays text in an assessor return: no formula in any sheet', async () => {
    const cwd = unitsWorkspace(WITH_NGO);
    const file = await requestAssessment(cwd, 'u-2020', 2021, 'ngo');
    const parts = unzip(readFileSync(file));
    const sheets = Object.keys(parts).filter((p) => p.startsWith('xl/worksheets/sheet'));
    expect(sheets.length).toBe(4);
    for (const s of sheets) expect(parts[s]!.toString('utf8')).not.toMatch(/<f[ >]/);
    expect(parts['xl/sharedStrings.xml']!.toString('utf8')).toContain('=HYPERLINK(');
  });

  it('a return made before the plan changed is collected with a warning naming the actions changed', async () => {
    const cwd = unitsWorkspace(WITH_NGO);
    const blank = await requestAssessment(cwd, 'u-2020', 2021, 'ngo');
    const filled = await fillAssessment(blank, join(cwd, 'ngo.xlsx'), (f) => {
      f.rate('2.a', 'rating', 'Complete');
      f.rate('2.a', 'comment', 'Test.');
    });
    writeFileSync(
      join(cwd, 'plans/u-2020/plan.yaml'),
      WITH_NGO.replace("Another office's action.", "Another office's action, reworded."),
    );
    const { code, findings } = await json(cwd, ['collect', filled]);
    expect(code).toBe(0);
    expect(findings.map((f) => [f.code, f.message])).toEqual([
      ['NAP107', 'the plan changed since this return was made: actions whose text, actors or indicators changed: 2.a'],
    ]);
  });

  it('an assessor return, like an actor return: blank writes nothing, a filled one is kept without --replace, a slip of the date is placed at its cell', async () => {
    const cwd = unitsWorkspace(WITH_NGO);
    const blank = await requestAssessment(cwd, 'u-2020', 2021, 'ngo');
    const empty = await nap(['collect', blank], { cwd });
    expect(empty.code, empty.stdout).toBe(0);
    expect(empty.stdout).toContain(
      'not collected requests/u-2020-2021-assessment-ngo.xlsx: nothing is filled in, nothing written',
    );
    expect(empty.stdout).toMatch(/warning +nothing is filled in: this is the blank return +NAP130/);
    expect(existsSync(join(cwd, 'plans/u-2020/assessments'))).toBe(false);

    // The assessor fills in the file nap wrote and sends it back under the same name.
    await fillAssessment(blank, blank, (f) => {
      f.rate('2.a', 'rating', 'Complete');
      f.rate('2.a', 'comment', 'Test.');
      f.wb.worksheets[0]!.getCell('C10').value = '2021-03-01';
    });
    const filled = readFileSync(blank);
    const args = ['request', 'u-2020', '--year', '2021', '--assessor', 'ngo'];
    const kept = await nap(args, { cwd });
    expect(kept.code).toBe(1);
    expect(kept.stdout).not.toContain('wrote requests/u-2020-2021-assessment-ngo.xlsx');
    expect(kept.stderr).toContain(
      'kept requests/u-2020-2021-assessment-ngo.xlsx: it differs from the return nap writes now',
    );
    expect(readFileSync(blank).equals(filled)).toBe(true);

    const { code, findings } = await json(cwd, ['collect', blank]);
    expect(code).toBe(0);
    expect(findings.map((f) => [f.code, f.severity, f.pointer, f.message])).toEqual([
      [
        'NAP131',
        'warning',
        '/Instructions/C10',
        'the date of submission 2021-03-01 is before the end of 2021, the year reported on',
      ],
    ]);
    const data = parse(readFileSync(join(cwd, 'plans/u-2020/assessments/2021/ngo.yaml'), 'utf8'));
    expect(data).toMatchObject({ submitted: '2021-03-01', actions: { '2.a': { rating: 'complete' } } });
    const replaced = await nap([...args, '--replace'], { cwd });
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(replaced.stdout).toContain('wrote requests/u-2020-2021-assessment-ngo.xlsx');
  });

  it('an assessor YAML return: blank writes nothing, a half-filled action is placed at its line, one sent back is kept', async () => {
    const cwd = unitsWorkspace(WITH_NGO);
    const file = await requestAssessment(cwd, 'u-2020', 2021, 'ngo', ['--format', 'yaml']);
    const text = readFileSync(file, 'utf8');
    const empty = await nap(['collect', file], { cwd });
    expect(empty.code, empty.stdout).toBe(0);
    expect(empty.stdout).toMatch(/warning +nothing is filled in: this is the blank return +NAP130/);
    expect(existsSync(join(cwd, 'plans/u-2020/assessments'))).toBe(false);

    const half = text.replace('  2.a:\n    rating:\n', '  2.a:\n    rating: limited\n');
    expect(half).not.toBe(text);
    writeFileSync(file, half);
    const r = await json(cwd, ['collect', file]);
    expect(r.code).toBe(1);
    const line = half.split('\n').indexOf('  2.a:') + 1;
    expect(r.findings.map((f) => [f.code, f.line, f.column])).toEqual([['NAP123', line, 3]]);

    const again = await nap(['request', 'u-2020', '--year', '2021', '--assessor', 'ngo', '--format', 'yaml'], { cwd });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('kept requests/u-2020-2021-assessment-ngo.yaml');
    expect(readFileSync(file, 'utf8')).toBe(half);
  });

  it('places a finding of the collected assessment (NAP121) at the cell or line of the return it came from', async () => {
    const cwd = unitsWorkspace(WITH_NGO);
    // The same assessor has already assessed 2.a for 2021, in a file of another name: assessing it again breaks NAP074.
    mkdirSync(join(cwd, 'plans/u-2020/assessments/2021'), { recursive: true });
    writeFileSync(
      join(cwd, 'plans/u-2020/assessments/2021/ngo-earlier.yaml'),
      'nap: 1\nplan: u-2020\nyear: 2021\nassessor: ngo\nactions:\n  2.a: { rating: limited, comment: Test. }\n',
    );
    const blank = await requestAssessment(cwd, 'u-2020', 2021, 'ngo');
    let row = 0;
    const twice = await fillAssessment(blank, join(cwd, 'ngo.xlsx'), (f) => {
      f.rate('2.a', 'rating', 'Complete');
      f.rate('2.a', 'comment', 'Test.');
      row = f.rows().get('2.a')!;
    });
    const r = await json(cwd, ['collect', twice]);
    expect(r.code).toBe(1);
    expect(r.findings.map((f) => [f.code, f.pointer])).toEqual([['NAP121', `/Assessment/G${row}`]]);
    expect(r.findings[0].message).toContain('NAP074');

    // A YAML return whose assessor is declared under the id of an actor of the plan breaks NAP075: at that line.
    const yaml = await requestAssessment(cwd, 'u-2020', 2021, 'net', ['--format', 'yaml', ...NEW_ASSESSOR]);
    const text = readFileSync(yaml, 'utf8').replace('  id: net\n', '  id: ministry\n');
    expect(text).toContain('  id: ministry\n');
    writeFileSync(
      yaml,
      text.replace('  1.a:\n    rating:\n    comment:\n', '  1.a:\n    rating: limited\n    comment: Test.\n'),
    );
    const y = await json(cwd, ['collect', yaml]);
    expect(y.code).toBe(1);
    const line = text.split('\n').indexOf('  id: ministry') + 1;
    // (The fingerprint names the assessor too: the id changed by hand is also a NAP107 warning.)
    const errors = y.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.code, f.line, f.column])).toEqual([['NAP121', line, 3]]);
    expect(errors[0].message).toContain('NAP075');
  });
});
