import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { nap } from '../cli/harness.js';
import { fill, sampleWorkspace, unzip } from './helpers.js';
import { fillMinistry, unitsWorkspace } from './units-plan.js';

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return wb;
}

describe('nap request', () => {
  it('writes one workbook per responsible actor and records the call with its due date', async () => {
    const cwd = unitsWorkspace();
    const r = await nap(['request', '--year', '2021', '--due', '2022-01-31'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('wrote requests/u-2020-2021-ministry.xlsx');
    expect(r.stdout).toContain('wrote requests/u-2020-2021-other.xlsx');
    const record = parse(readFileSync(join(cwd, 'requests/u-2020-2021.call.yaml'), 'utf8'));
    expect(record).toMatchObject({
      nap: 1,
      plan: 'u-2020',
      year: 2021,
      due: '2022-01-31',
      actors: ['ministry', 'other'],
    });
  });

  it('lays the return out for a clerk: locked reference cells, validated inputs, a hidden sheet', async () => {
    const cwd = unitsWorkspace();
    await nap(['request', 'u-2020', '--year', '2021', '--actor', 'ministry', '--due', '2022-01-31'], { cwd });
    const wb = await load(join(cwd, 'requests/u-2020-2021-ministry.xlsx'));
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Instructions', 'visible'],
      ['Actions', 'visible'],
      ['Indicators', 'visible'],
      ['nap', 'veryHidden'],
    ]);
    const [instructions, actions, indicators, meta] = wb.worksheets as [
      ExcelJS.Worksheet,
      ExcelJS.Worksheet,
      ExcelJS.Worksheet,
      ExcelJS.Worksheet,
    ];
    expect(instructions.getCell('C6').value).toBe('January 31, 2022');
    // Only the ministry's actions, by id; the other office's 2.a is not there.
    expect([2, 3].map((r) => actions.getRow(r).getCell(1).value)).toEqual(['1.a', '1.10']);
    expect(actions.rowCount).toBe(3);
    const status = actions.getCell('G2');
    expect(status.protection?.locked).toBe(false);
    expect(actions.getCell('C2').protection?.locked ?? true).toBe(true); // locked is the default style
    expect(status.dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Not started,In progress,Delayed,Completed,Discontinued"'],
    });
    expect(actions.getCell('J2').value).toBe('EUR'); // the budget's currency, pre-filled
    // Input cells that match each indicator's unit.
    const row = (key: string) => {
      for (let r = 2; r <= indicators.rowCount; r++)
        if (indicators.getRow(r).getCell(2).value === key) return indicators.getRow(r);
      throw new Error(key);
    };
    expect(row('people').getCell(6).dataValidation).toMatchObject({
      type: 'whole',
      operator: 'greaterThanOrEqual',
      formulae: [0],
    });
    expect(row('share').getCell(6).dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [0, 100],
    });
    expect(row('law-adopted').getCell(6).dataValidation).toMatchObject({ type: 'list', formulae: ['"Yes,No"'] });
    expect(row('staff').getCell(6).protection?.locked ?? true).toBe(true);
    expect(row('staff').getCell(7).protection?.locked).toBe(false);
    expect(row('staff').getCell(7).dataValidation?.prompt).toBe('A whole number, 0 or more.');
    const metaRows = new Map<string, unknown>();
    meta.eachRow((r) => void metaRows.set(String(r.getCell(1).value), r.getCell(2).value));
    expect(
      Object.fromEntries([...metaRows].filter(([k]) => ['format', 'plan', 'year', 'actor', 'due'].includes(k))),
    ).toEqual({
      format: 'nap-return',
      plan: 'u-2020',
      year: 2021,
      actor: 'ministry',
      due: '2022-01-31',
    });
    expect(metaRows.get('fingerprint')).toMatch(/^[0-9a-f]{16}$/);
    // Protected without a password, frozen headings.
    const sheetXml = unzip(readFileSync(join(cwd, 'requests/u-2020-2021-ministry.xlsx')))[
      'xl/worksheets/sheet2.xml'
    ]!.toString();
    expect(sheetXml).toMatch(/<sheetProtection [^>]*sheet="1"/);
    expect(sheetXml).not.toMatch(/hashValue|password/);
    expect(actions.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('writes text from the plan as text, never as a formula (formula injection)', async () => {
    const cwd = unitsWorkspace();
    await nap(['request', 'u-2020', '--year', '2021', '--actor', 'ministry'], { cwd });
    const path = join(cwd, 'requests/u-2020-2021-ministry.xlsx');
    const parts = unzip(readFileSync(path));
    for (const [name, data] of Object.entries(parts))
      if (name.startsWith('xl/worksheets/')) expect(data.toString(), name).not.toContain('<f>');
    const wb = await load(path);
    expect(wb.worksheets[1]!.getCell('C2').value).toBe('=HYPERLINK("http://example.invalid","click")');
    expect(wb.worksheets[1]!.getCell('C3').value).toBe('+1 or -1, @everyone');
    expect(wb.worksheets[2]!.getCell('C8').value).toBe('-2+3');
  });

  it('writes a commented YAML return with every field empty', async () => {
    const cwd = unitsWorkspace();
    const r = await nap(
      ['request', 'u-2020', '--year', '2021', '--actor', 'ministry', '--format', 'yaml', '--lang', 'fr'],
      { cwd },
    );
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(join(cwd, 'requests/u-2020-2021-ministry.yaml'), 'utf8');
    expect(text).toMatch(/^# Rapport de progrès pour 2021/);
    expect(text).toMatch(/^# nap-return: [0-9a-f]{16}$/m);
    expect(text).toContain('# 1.a (1): =HYPERLINK');
    const data = parse(text);
    expect(data).toMatchObject({ nap: 1, plan: 'u-2020', year: 2021, reporter: 'ministry', submitted: null });
    expect(Object.keys(data.actions)).toEqual(['1.a', '1.10']);
    expect(data.actions['1.a']).toEqual({
      status: null,
      summary: null,
      indicators: { people: null, share: null, 'budget-used': null, 'law-adopted': null, staff: null, '6': null },
      spent: null,
      sources: [],
    });
  });

  it('a YAML return comes pre-filled with the answers collected, in the return language, and collects unchanged', async () => {
    const cwd = unitsWorkspace();
    const args = ['request', 'u-2020', '--year', '2021', '--actor', 'ministry'];
    expect((await nap(args, { cwd })).code).toBe(0);
    const filled = await fill(join(cwd, 'requests/u-2020-2021-ministry.xlsx'), join(cwd, 'm.xlsx'), (f) => {
      fillMinistry(f);
      f.action('1.a', 'sources', 'Report, p. 3\nNote: internal');
    });
    expect((await nap(['collect', filled], { cwd })).code).toBe(0);
    const r = await nap([...args, '--format', 'yaml', '--lang', 'nl'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    const path = join(cwd, 'requests/u-2020-2021-ministry.yaml');
    const text = readFileSync(path, 'utf8');
    expect(parse(text).actions['1.a']).toEqual({
      status: 'completed',
      summary: 'Trained 40 people.',
      indicators: {
        people: 40,
        share: 45,
        'budget-used': 800.5,
        'law-adopted': true,
        staff: { women: 12, men: 30 },
        '6': 'A good year.',
      },
      spent: { amount: 800, currency: 'EUR' },
      sources: ['Report, p. 3', 'Note: internal'],
    });
    expect(parse(text).actions['1.10'].status).toBe('in-progress');
    // Words in the return's language; the actor by name.
    expect(text).toContain('submitted:            # JJJJ-MM-DD, de dag waarop u dit bestand verstuurt');
    expect(text).toMatch(/^# .*: Ministry \(ministry\)$/m);
    const again = await nap(['collect', path], { cwd });
    expect(again.code, again.stdout).toBe(0);
    expect(again.stdout).toContain('unchanged plans/u-2020/progress/2021/ministry.yaml');
  });

  it('never writes over a return that differs from the new one (a filled one sent back) without --replace', async () => {
    const cwd = unitsWorkspace();
    const args = ['request', 'u-2020', '--year', '2021', '--actor', 'ministry'];
    expect((await nap(args, { cwd })).code).toBe(0);
    const path = join(cwd, 'requests/u-2020-2021-ministry.xlsx');
    // The same return written again (another moment, same content) is simply written.
    const same = await nap(args, { cwd });
    expect(same.code, same.stderr).toBe(0);
    expect(same.stdout).toContain('wrote requests/u-2020-2021-ministry.xlsx');
    await fill(path, path, fillMinistry);
    const filled = readFileSync(path);
    const r = await nap(args, { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('wrote requests/u-2020-2021-ministry.xlsx');
    expect(r.stderr).toContain('kept requests/u-2020-2021-ministry.xlsx: it differs from the return nap writes now');
    expect(readFileSync(path).equals(filled)).toBe(true);
    // Not a workbook at all: kept too.
    const yamlArgs = [...args, '--format', 'yaml'];
    writeFileSync(join(cwd, 'requests/u-2020-2021-ministry.yaml'), 'my notes\n');
    expect((await nap(yamlArgs, { cwd })).code).toBe(1);
    expect(readFileSync(join(cwd, 'requests/u-2020-2021-ministry.yaml'), 'utf8')).toBe('my notes\n');
    const replaced = await nap([...args, '--replace'], { cwd });
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(readFileSync(path).equals(filled)).toBe(false);
  });

  it('says the answers shown are sample data when the progress files are illustrative', async () => {
    const cwd = sampleWorkspace();
    for (const lang of ['en', 'nl']) {
      const r = await nap(['request', 'be-2013', '--year', '2016', '--actor', 'defence', '--lang', lang, '--replace'], {
        cwd,
      });
      expect(r.code, r.stderr).toBe(0);
      const wb = await load(join(cwd, 'requests/be-2013-2016-defence.xlsx'));
      expect(String(wb.worksheets[0]!.getCell('C7').value)).toMatch(
        lang === 'en' ? /^Illustrative: / : /^Illustratief: /,
      );
      // The label of the date cell wraps rather than running into it ("Datum van verzending (optioneel)").
      expect(wb.worksheets[0]!.getCell('B10').alignment?.wrapText).toBe(true);
    }
    await nap(['request', 'be-2013', '--year', '2016', '--actor', 'defence', '--format', 'yaml'], { cwd });
    expect(readFileSync(join(cwd, 'requests/be-2013-2016-defence.yaml'), 'utf8')).toContain(
      '# Illustrative: the answers shown from earlier reports are sample data, not official figures.',
    );
  });

  it('gives a fix in its own options: --out one file for several actors, --year left out', async () => {
    const cwd = unitsWorkspace();
    const one = await nap(['request', 'u-2020', '--year', '2021', '-o', 'one.xlsx'], { cwd });
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('fix: give --out a folder, or name one actor: --actor <id>');
    const noYear = await nap(['request', 'u-2020'], { cwd });
    expect(noYear.code).toBe(2);
    expect(noYear.stderr).toContain('fix: add --year 2016 (the year reported on)');
  });

  it('refuses an actor the plan does not have, with the list', async () => {
    const cwd = unitsWorkspace();
    const r = await nap(['request', 'u-2020', '--year', '2021', '--actor', 'nobody'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("'nobody' is not an actor of plan u-2020");
    expect(r.stderr).toContain('choose among: ministry, other');
    expect(existsSync(join(cwd, 'requests'))).toBe(false);
  });

  it('refuses a due date that is not a date', async () => {
    const r = await nap(['request', 'u-2020', '--year', '2021', '--due', '31/01/2022'], { cwd: unitsWorkspace() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--due must be a date written YYYY-MM-DD');
  });
});
