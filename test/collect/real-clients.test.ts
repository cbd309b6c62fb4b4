import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { nap } from '../cli/harness.js';
import { fillAssessment } from './assessment-helpers.js';
import { fill } from './helpers.js';
import { fillMinistry, unitsWorkspace } from './units-plan.js';

// Returns as they come back from the programs ministries use: re-saved by LibreOffice Calc
// (scripts/setup.sh installs libreoffice-calc-nogui), and written by an independent library (SheetJS).

const profile = mkdtempSync(join(tmpdir(), 'nap-lo-profile-'));
afterAll(() => rmSync(profile, { recursive: true, force: true }));

/** `soffice --headless --convert-to xlsx`, with a profile of its own so that runs at once do not clash. */
function resaveWithLibreOffice(file: string, outDir: string): string {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'pipe', timeout: 60_000 });
  } catch {
    throw new Error(
      'soffice (LibreOffice Calc) is missing: run bash scripts/setup.sh, or apt-get install libreoffice-calc-nogui',
    );
  }
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', outDir, file],
    { stdio: 'pipe', timeout: 120_000 },
  );
  return join(outDir, file.split('/').pop()!);
}

async function collected(cwd: string, file: string): Promise<unknown> {
  const r = await nap(['collect', file], { cwd });
  expect(r.code, r.stdout + r.stderr).toBe(0);
  const path = join(cwd, 'plans/u-2020/progress/2021/ministry.yaml');
  const data = parse(readFileSync(path, 'utf8'));
  rmSync(path);
  return data;
}

describe('returns from real spreadsheet programs', () => {
  it('a return re-saved by LibreOffice Calc is collected the same as the one it was made from', async () => {
    const cwd = unitsWorkspace();
    expect((await nap(['request', 'u-2020', '--year', '2021', '--actor', 'ministry'], { cwd })).code).toBe(0);
    const filled = await fill(join(cwd, 'requests/u-2020-2021-ministry.xlsx'), join(cwd, 'filled.xlsx'), (f) => {
      fillMinistry(f);
      f.wb.worksheets[0]!.getCell('C10').value = new Date(Date.UTC(2022, 0, 20));
      f.indicator('1.a', 'share', 'value', 0.45).numFmt = '0%'; // 45 % typed in a spreadsheet
    });
    const resaved = resaveWithLibreOffice(filled, join(cwd, 'libreoffice'));
    expect(readFileSync(resaved).equals(readFileSync(filled))).toBe(false);
    const theirs = await collected(cwd, resaved);
    expect(theirs).toEqual(await collected(cwd, filled));
    expect(theirs).toMatchObject({
      submitted: '2022-01-20',
      actions: {
        '1.a': { status: 'completed', indicators: { share: 45, 'law-adopted': true, staff: { women: 12, men: 30 } } },
      },
    });
  }, 180_000);

  it('a return filled in and written by SheetJS, an independent library, is collected', async () => {
    const cwd = unitsWorkspace();
    expect((await nap(['request', 'u-2020', '--year', '2021', '--actor', 'ministry'], { cwd })).code).toBe(0);
    const wb = XLSX.read(readFileSync(join(cwd, 'requests/u-2020-2021-ministry.xlsx')));
    expect(wb.SheetNames).toEqual(['Instructions', 'Actions', 'Indicators', 'nap']);
    XLSX.utils.sheet_add_aoa(wb.Sheets.Actions!, [['Completed', 'Written by SheetJS.', '1200,50', 'eur']], {
      origin: 'G2',
    });
    XLSX.utils.sheet_add_aoa(wb.Sheets.Indicators!, [[41]], { origin: 'F2' });
    XLSX.utils.sheet_add_aoa(wb.Sheets.Indicators!, [['no']], { origin: 'F5' });
    XLSX.utils.sheet_add_aoa(wb.Sheets.Indicators!, [[13, 31]], { origin: 'G6' });
    const file = join(cwd, 'sheetjs.xlsx');
    writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
    const r = await nap(['collect', file, '-f', 'json'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).map((f: { code: string; pointer: string }) => `${f.code} ${f.pointer}`)).toEqual([
      'NAP114 /Actions/I2', // '1200,50' typed as text with a decimal comma
    ]);
    const data = parse(readFileSync(join(cwd, 'plans/u-2020/progress/2021/ministry.yaml'), 'utf8'));
    expect(data.actions).toEqual({
      '1.a': {
        status: 'completed',
        summary: 'Written by SheetJS.',
        indicators: { people: 41, 'law-adopted': false, staff: { women: 13, men: 31 } },
        spent: { amount: 1200.5, currency: 'EUR' },
      },
    });
  });

  it("an assessor's return re-saved by LibreOffice Calc is collected the same as the one it was made from", async () => {
    const cwd = unitsWorkspace();
    const asked = await nap(
      ['request', 'u-2020', '--year', '2021', '--assessor', 'net', '--assessor-name', 'Test network', '--lang', 'fr'],
      { cwd },
    );
    expect(asked.code, asked.stderr).toBe(0);
    const filled = await fillAssessment(
      join(cwd, 'requests/u-2020-2021-assessment-net.xlsx'),
      join(cwd, 'assessed.xlsx'),
      (f) => {
        f.rate('1.a', 'rating', 'Limité');
        f.rate('1.a', 'comment', '+ Données de test : le rapport est en retard.');
        f.rate('1.a', 'evidence', 'Entretien\nhttps://example.org');
        f.remark('1.a', 'share', 'Chiffre non publié (test).');
        f.rate('2.a', 'rating', 'Complet');
        f.rate('2.a', 'comment', 'Test.');
        f.method('Revue documentaire (test).');
        f.wb.worksheets[0]!.getCell('C10').value = new Date(Date.UTC(2022, 1, 3));
      },
    );
    const resaved = resaveWithLibreOffice(filled, join(cwd, 'libreoffice'));
    expect(readFileSync(resaved).equals(readFileSync(filled))).toBe(false);
    const target = join(cwd, 'plans/u-2020/assessments/2021/net.yaml');
    const read = async (file: string) => {
      const r = await nap(['collect', file], { cwd });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      const data = parse(readFileSync(target, 'utf8'));
      rmSync(target);
      return data;
    };
    const theirs = await read(resaved);
    expect(theirs).toEqual(await read(filled));
    expect(theirs).toMatchObject({
      assessor: { id: 'net', name: 'Test network', type: 'civil-society' },
      submitted: '2022-02-03',
      method: 'Revue documentaire (test).',
      actions: {
        '1.a': {
          rating: 'limited',
          comment: '+ Données de test : le rapport est en retard.',
          evidence: ['Entretien', 'https://example.org'],
          indicators: { share: 'Chiffre non publié (test).' },
        },
        '2.a': { rating: 'complete', comment: 'Test.' },
      },
    });
  }, 180_000);
});
