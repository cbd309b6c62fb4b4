import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RETURN_LIMITS } from '../../src/core/collect/limits.js';
import { nap } from '../cli/harness.js';
import { fill, unzip, zip } from './helpers.js';
import { fillMinistry, unitsWorkspace } from './units-plan.js';

// Files that are not returns, or hostile ones: a clear finding and exit 1, never a crash or a hang.

async function setUp(): Promise<{ cwd: string; good: Buffer }> {
  const cwd = unitsWorkspace();
  expect((await nap(['request', 'u-2020', '--year', '2021', '--actor', 'ministry'], { cwd })).code).toBe(0);
  const good = await fill(join(cwd, 'requests/u-2020-2021-ministry.xlsx'), join(cwd, 'good.xlsx'), fillMinistry);
  return { cwd, good: readFileSync(good) };
}

async function collectBytes(
  cwd: string,
  name: string,
  data: Buffer,
): Promise<{ code: number; findings: { code: string; message: string }[]; ms: number }> {
  writeFileSync(join(cwd, name), data);
  const t = performance.now();
  const r = await nap(['collect', name, '-f', 'json'], { cwd });
  const ms = performance.now() - t;
  expect(r.code, r.stderr).toBe(1);
  return { code: r.code, findings: JSON.parse(r.stdout), ms };
}

describe('bad files given to nap collect', () => {
  it('are refused with a finding that says what they are, quickly', async () => {
    const { cwd, good } = await setUp();
    const parts = unzip(good);
    const cases: [string, Buffer, string, RegExp][] = [
      ['notes.csv', Buffer.from('id;status\n1.a;done\n'), 'NAP100', /not an Excel workbook/],
      ['empty.xlsx', Buffer.alloc(0), 'NAP100', /not an Excel workbook but an empty file/],
      [
        'old.xls',
        Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2000)]),
        'NAP100',
        /Excel 97-2003/,
      ],
      ['truncated.xlsx', good.subarray(0, Math.floor(good.length / 2)), 'NAP100', /cannot be read/],
      ['binary.xlsx', zip({ 'xl/workbook.bin': 'x' }), 'NAP100', /\.xlsb/],
      [
        'calc.ods',
        zip({
          mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
          'content.xml': '<office:document-content/>',
        }),
        'NAP100',
        /OpenDocument spreadsheet \(\.ods\)/,
      ],
      ['encrypted-parts.xlsx', zip({ 'xl/workbook.xml': '<w/>' }, { flags: 1 }), 'NAP101', /encrypted/],
      ['macros.xlsx', zip({ ...parts, 'xl/vbaProject.bin': Buffer.from('vba') }), 'NAP102', /macros/],
      [
        'links.xlsx',
        zip({ ...parts, 'xl/externalLinks/externalLink1.xml': '<externalLink/>' }),
        'NAP104',
        /links to other files/,
      ],
      ['connections.xlsx', zip({ ...parts, 'xl/connections.xml': '<connections/>' }), 'NAP104', /data sources/],
      [
        'rows.xlsx',
        zip({
          ...parts,
          'xl/worksheets/sheet2.xml': `<worksheet><sheetData>${'<row r="1"><c r="A1"/></row>'.repeat(RETURN_LIMITS.rows + 1)}</sheetData></worksheet>`,
        }),
        'NAP103',
        /beyond the limits of 20000 rows/,
      ],
      ['declared.xlsx', zip(parts, { declared: () => 0xfffffff0 }), 'NAP103', /unpacks to/],
      ['huge.xlsx', Buffer.concat([good, Buffer.alloc(RETURN_LIMITS.fileBytes)]), 'NAP103', /over the limit of 20 MiB/],
    ];
    for (const [name, data, code, message] of cases) {
      const r = await collectBytes(cwd, name, data);
      expect(
        r.findings.map((f) => f.code),
        name,
      ).toEqual([code]);
      expect(r.findings[0]!.message, name).toMatch(message);
      expect(r.ms, name).toBeLessThan(5_000);
    }
  }, 60_000);

  it('never crash on damaged bytes: every damaged copy of a good return is collected or refused with findings', async () => {
    const { cwd, good } = await setUp();
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed;
    };
    for (let i = 0; i < 25; i++) {
      const copy = Buffer.from(good);
      for (let k = 0; k < 1 + (i % 4); k++) copy[random() % copy.length] = random() & 0xff;
      writeFileSync(join(cwd, 'damaged.xlsx'), copy);
      const r = await nap(['collect', 'damaged.xlsx', '-f', 'json', '--dry-run'], { cwd });
      expect([0, 1], r.stderr).toContain(r.code);
      expect(r.stderr).not.toContain('internal error');
    }
  }, 120_000);
});
