import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ruleList, rules } from '../../src/core/rules/index.js';
import type { RuleUnit } from '../../src/core/rules/rule.js';
import { nap } from '../cli/harness.js';
import { type AssessmentFiller, fillAssessment } from './assessment-helpers.js';
import { type Filler, fill, unzip, zip } from './helpers.js';
import { fillMinistry, UNITS_PLAN } from './units-plan.js';

// One failing and one passing return per rule code of nap collect (NAP100-NAP139), each found in
// the JSON output of the real command with --dry-run, so that the cases do not touch each other.

let dir: string;
let blank: string;
let good: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nap-collect-rules-'));
  const plan = join(dir, 'plans/u-2020');
  await import('node:fs').then((fs) => fs.mkdirSync(plan, { recursive: true }));
  writeFileSync(join(plan, 'plan.yaml'), UNITS_PLAN);
  const r = await nap(['request', 'u-2020', '--year', '2021', '--actor', 'ministry'], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  blank = join(dir, 'requests/u-2020-2021-ministry.xlsx');
  good = await fill(blank, join(dir, 'good.xlsx'), fillMinistry);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Json = {
  code: string;
  severity: string;
  line: number;
  column: number;
  message: string;
  fix: string | null;
  pointer: string | null;
};

const ajv = new Ajv({ strict: true, allErrors: true });
const findingsSchema = ajv.compile(
  JSON.parse(readFileSync(new URL('../../schemas/findings.schema.json', import.meta.url), 'utf8')),
);

/** The findings of nap collect --format json, checked against the schema nap validate's follow. */
async function findings(file: string, args: string[] = [], cwd = dir): Promise<Json[]> {
  const r = await nap(['collect', file, '--dry-run', '--format', 'json', ...args], { cwd });
  expect(r.code, r.stderr).not.toBe(2);
  const json = JSON.parse(r.stdout) as Json[];
  expect(findingsSchema(json), JSON.stringify(findingsSchema.errors)).toBe(true);
  return json;
}

let n = 0;
let assessorBlank: Promise<string> | undefined;
/** An assessor's return of the units plan, with some cells filled in. */
const assessed = (edit: (f: AssessmentFiller) => void) => async () => {
  assessorBlank ??= nap(
    ['request', 'u-2020', '--year', '2021', '--assessor', 'net', '--assessor-name', 'Test network'],
    { cwd: dir },
  ).then((r) => {
    expect(r.code, r.stderr).toBe(0);
    return join(dir, 'requests/u-2020-2021-assessment-net.xlsx');
  });
  return fillAssessment(await assessorBlank, join(dir, `case-${n++}.xlsx`), edit);
};

/** The good return with some cells changed. */
const edited = (edit: (f: Filler) => void | Promise<void>) => () =>
  fill(good, join(dir, `case-${n++}.xlsx`), async (f) => {
    await edit(f);
  });
/** Bytes written as a file of the given name. */
const bytes = (name: string, data: () => Buffer) => async () => {
  const path = join(dir, `${n++}-${name}`);
  writeFileSync(path, data());
  return path;
};
/** The good return's parts, one changed, zipped again. */
const parts = (change: (p: Record<string, Buffer>) => void) =>
  bytes('parts.xlsx', () => {
    const p = unzip(readFileSync(good));
    change(p);
    return zip(p);
  });

interface Case {
  bad: () => Promise<string>;
  good?: () => Promise<string>;
  args?: string[];
  /** The cell the finding must name, when it is about one. */
  cell?: string;
}

const cases: Record<string, Case> = {
  NAP100: { bad: bytes('report.xlsx', () => Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n')) },
  NAP101: {
    bad: bytes('locked.xlsx', () =>
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(504),
        Buffer.from('EncryptedPackage', 'utf16le'),
        Buffer.alloc(1024),
      ]),
    ),
  },
  NAP102: {
    bad: async () => {
      const path = join(dir, 'macros.xlsm');
      copyFileSync(good, path);
      return path;
    },
  },
  NAP103: {
    // A zip bomb: 110 MiB of zeros declared as 1 KiB, found while unpacking, long before it is all read.
    bad: bytes('bomb.xlsx', () =>
      zip(
        {
          '[Content_Types].xml': '<Types/>',
          'xl/workbook.xml': '<workbook/>',
          'xl/media/a.bin': Buffer.alloc(110 * 1024 * 1024),
        },
        { declared: () => 1024 },
      ),
    ),
  },
  NAP104: {
    bad: parts((p) => {
      p['xl/workbook.xml'] = Buffer.from(
        p['xl/workbook.xml']!.toString().replace(
          '?>',
          '?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>',
        ),
      );
    }),
    good: parts(() => undefined),
  },
  NAP105: {
    bad: edited((f) => {
      f.wb.removeWorksheet(f.wb.getWorksheet('nap')!.id);
    }),
  },
  NAP106: { bad: async () => good, args: ['--year', '2022'], good: async () => good },
  NAP107: {
    bad: edited((f) => {
      // The return of an older edition: its fingerprint and one action's print differ from the plan's.
      const meta = f.wb.getWorksheet('nap')!;
      meta.eachRow((row) => {
        if (row.getCell(1).value === 'fingerprint') row.getCell(2).value = '0123456789abcdef';
        if (row.getCell(1).value === 'action' && row.getCell(2).value === '1.10') row.getCell(3).value = 'changed';
      });
    }),
  },
  NAP108: { bad: edited((f) => void f.action('1.10', 'id', '9.z')), cell: 'Actions!A3' },
  NAP109: {
    bad: edited((f) => {
      f.action('1.10', 'id', '2.a');
    }),
  },
  NAP110: { bad: edited((f) => void f.action('1.10', 'id', '1.a')), cell: 'Actions!A3' },
  NAP111: {
    bad: edited((f) => void f.indicator('1.a', 'people', 'value', 'twelve')),
    good: edited((f) => void f.indicator('1.a', 'people', 'value', '12')),
    cell: 'Indicators!F2',
  },
  NAP112: {
    bad: edited((f) => void f.indicator('1.a', 'share', 'value', 0.45)),
    good: edited((f) => {
      f.indicator('1.a', 'share', 'value', 0.45).numFmt = '0%';
    }),
    cell: 'Indicators!F3',
  },
  NAP113: {
    bad: edited((f) => void f.indicator('1.a', 'people', 'value', 'N/A')),
    good: edited((f) => void f.indicator('1.a', 'people', 'value', null)),
  },
  NAP114: {
    bad: edited((f) => void f.indicator('1.a', 'budget-used', 'value', '800,5')),
    good: edited((f) => void f.indicator('1.a', 'budget-used', 'value', '800.5')),
  },
  NAP115: {
    bad: edited((f) => void f.indicator('1.a', 'people', 'value', { formula: '20*2', result: 40 })),
  },
  NAP116: {
    bad: edited((f) => void f.action('1.a', 'status', 'done')),
    good: edited((f) => void f.action('1.a', 'status', 'réalisé')),
    cell: 'Actions!G2',
  },
  NAP117: {
    bad: edited((f) => void f.indicator('1.a', 'law-adopted', 'value', 'maybe')),
    good: edited((f) => void f.indicator('1.a', 'law-adopted', 'value', 'oui')),
  },
  NAP118: {
    bad: edited((f) => {
      f.wb.worksheets[0]!.getCell('C10').value = 'next week';
    }),
    good: edited((f) => {
      f.wb.worksheets[0]!.getCell('C10').value = '20/01/2022';
    }),
  },
  NAP119: { bad: edited((f) => void f.action('1.a', 'currency', null)) },
  NAP120: {
    bad: async () => {
      // The first collect writes; the same return with one change is then refused without --replace.
      const first = await nap(['collect', good], { cwd: dir });
      expect(first.code, first.stdout).toBe(0);
      return fill(good, join(dir, 'changed.xlsx'), (f) => void f.action('1.a', 'status', 'Delayed'));
    },
    good: async () => good,
  },
  NAP122: {
    bad: assessed((f) => {
      f.rate('1.a', 'rating', 'excellent');
      f.rate('1.a', 'comment', 'Test.');
    }),
    good: assessed((f) => {
      f.rate('1.a', 'rating', 'Aanzienlijk');
      f.rate('1.a', 'comment', 'Test.');
    }),
    cell: 'Assessment!G2',
  },
  NAP123: {
    bad: assessed((f) => void f.rate('1.a', 'rating', 'Limited')),
    good: assessed((f) => {
      f.rate('1.a', 'rating', 'Limited');
      f.rate('1.a', 'comment', 'Test.');
    }),
    cell: 'Assessment!A2',
  },
  NAP121: {
    bad: edited(
      (f) => void f.action('1.a', 'sources', Array.from({ length: 101 }, (_, i) => `Source ${i}`).join('\n')),
    ),
  },
  NAP130: { bad: async () => blank },
  NAP131: {
    bad: edited((f) => {
      f.wb.worksheets[0]!.getCell('C10').value = '2099-01-01';
    }),
    good: edited((f) => {
      f.wb.worksheets[0]!.getCell('C10').value = '2022-01-20';
    }),
    cell: 'Instructions!C10',
  },
};

describe('every rule code of nap collect', () => {
  it('has a case here', () => {
    const collect = (ruleList as readonly RuleUnit[]).filter((r) => r.stage === 'collect').map((r) => r.code);
    expect(Object.keys(cases).sort()).toEqual(collect.sort());
  });

  it('the good return has no finding at all', async () => {
    expect(await findings(good)).toEqual([]);
  });

  for (const [code, c] of Object.entries(cases)) {
    const rule = rules[code as keyof typeof rules];
    it(`${code} ${rule.title}: raised on the bad return, not on the good one`, async () => {
      const bad = await findings(await c.bad(), c.args);
      const hit = bad.find((f) => f.code === code);
      expect(hit, `${code} not raised; got ${JSON.stringify(bad.map((f) => `${f.code} ${f.message}`))}`).toBeDefined();
      expect(hit!.severity).toBe(rule.severity);
      expect(hit!.fix, 'every finding says how to fix it').toBeTruthy();
      if (c.cell) expect(hit!.pointer).toBe(`/${c.cell.replace('!', '/')}`);
      const fine = await findings(await (c.good ?? (async () => good))());
      expect(fine.map((f) => f.code)).not.toContain(code);
    }, 30_000);
  }
});
