import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type RuleCode, ruleList, rules, type StageCode } from '../../src/core/rules/index.js';
import type { RuleUnit } from '../../src/core/rules/rule.js';
import { validatePaths } from '../../src/core/validate/index.js';
import { workspace } from '../cli/harness.js';
import { ASSESSMENT, checkInline, codes, edit, type InlineFiles, NARRATIVE, PLAN, PROGRESS } from '../helpers.js';

const plan = (from: string, to: string): InlineFiles => ({ plan: edit(PLAN, from, to) });
const progress = (from: string, to: string): InlineFiles => ({ progress: { '2021.yaml': edit(PROGRESS, from, to) } });
const assessment = (from: string, to: string): InlineFiles => ({
  assessments: { '2021.yaml': edit(ASSESSMENT, from, to) },
});
const CSO = 'assessor: { id: wps-network, name: WPS Network, type: civil-society }';
/** The plan with a scale of its own, `basic`, and an actor of type parliament. */
const SCALED = edit(
  PLAN,
  'objectives:\n',
  'scales:\n  - id: basic\n    levels:\n      - { id: "no", label: No, status: not-started }\n      - { id: "yes", label: Yes, status: completed }\nobjectives:\n',
).replace(
  '    name: Foreign Affairs\n',
  '    name: Foreign Affairs\n    type: government\n  - id: senate\n    name: Senate\n    type: parliament\n',
);

/** Rules raised while a plan folder is listed: their cases are folders on disk. */
type ListingCode = 'NAP016' | 'NAP059';
/** Rules raised by nap collect on returns: their cases are in test/collect/collect-rules.test.ts. */
type CollectCode = StageCode<'collect'>;

/** One failing and one passing input per rule code; the line is where the finding must point. */
const cases: Record<
  Exclude<RuleCode, ListingCode | CollectCode>,
  { bad: InlineFiles; good?: InlineFiles; line?: number }
> = {
  NAP001: {
    bad: { plan: Uint8Array.from([...Buffer.from('nap: 1\nid: caf'), 0xe9, 0x0a]) },
    good: { plan: PLAN.replace('Test plan', 'Plan café') },
  },
  NAP002: { bad: { plan: `nap: 1\n# ${'x'.repeat(10 * 1024 * 1024)}\n` } },
  NAP003: { bad: { plan: '' }, good: {} },
  NAP004: { bad: plan('title: Test plan', 'title: Test: plan: x'), line: 3 },
  NAP005: { bad: plan('lang: en\n', 'lang: en\nlang: fr\n'), line: 6 },
  NAP006: {
    bad: {
      plan: `a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [${'*a,'.repeat(10)}]\nc: &c [${'*b,'.repeat(10)}]\nd: [${'*c,'.repeat(10)}]\n`,
    },
  },
  NAP007: { bad: plan('lang: en\n', 'lang: en\n__proto__: { polluted: true }\n'), line: 6 },
  NAP008: { bad: plan('lang: en', 'lang: !!binary ZW4='), line: 5, good: plan('lang: en', 'lang: !!str en') },
  NAP009: {
    bad: { plan: `nap: 1\nx: ${'['.repeat(70)}${']'.repeat(70)}\n` },
    good: {
      plan: PLAN.replace(
        'title: Test plan',
        'title: "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["',
      ),
    },
  },
  NAP010: { bad: { plan: '- nap: 1\n- id: x\n' } },
  NAP011: { bad: { plan: `${PLAN}---\nnap: 1\n` } },
  NAP012: { bad: plan('nap: 1', 'nap: 2'), line: 1 },
  NAP013: { bad: { plan: `${PLAN}? [a, b]\n: 1\n` } },
  NAP014: { bad: { plan: `${PLAN}${Array.from({ length: 250 }, (_, i) => `k${i}: ${i}`).join('\n')}\n` }, line: 252 },
  NAP015: {
    bad: plan('value: { women: 31, men: 412 }', 'value: { women: 9007199254740993, men: 412 }'),
    line: 34,
    good: plan('value: { women: 31, men: 412 }', 'value: { women: 9007199254740991, men: 412 }'),
  },
  NAP017: {
    bad: plan('        actors: [equality]\n', `        actors: [equality]\n        tags: [${'t, '.repeat(10_000)}t]\n`),
    line: 52,
    good: plan('        actors: [equality]\n', `        actors: [equality]\n        tags: [${'t, '.repeat(9_999)}t]\n`),
  },
  NAP020: { bad: plan('    name: Interior\n', '    nmae: Interior\n'), line: 13 },
  NAP021: { bad: plan('    name: Interior\n', ''), line: 12 },
  NAP022: { bad: plan('title: Test plan', 'title: [Test, plan]'), line: 3 },
  NAP023: { bad: progress('status: completed', 'status: done'), line: 13 },
  NAP024: { bad: plan('  - id: interior\n', '  - id: Interior\n'), line: 12 },
  NAP025: { bad: plan('period: { start: 2020, end: 2023 }', 'period: { start: 1020, end: 2023 }'), line: 4 },
  NAP026: { bad: plan('actors: [foreign-affairs, equality]', 'actors: [foreign-affairs, equality, foreign-affairs]') },
  NAP030: { bad: plan('- id: "1.10"', '- id: 1.10'), line: 38, good: plan('- id: "1.10"', '- id: 9') },
  NAP031: { bad: plan('- id: 2.a', '- id: 1.a'), line: 48 },
  NAP032: { bad: plan('actors: [interior-police]', 'actors: [interior-polic]'), line: 44 },
  NAP033: { bad: plan('lead: equality', 'lead: interior'), line: 36 },
  NAP034: { bad: plan('period: { start: 2020, end: 2023 }', 'period: { start: 2024, end: 2023 }'), line: 4 },
  NAP035: { bad: { folderName: 't-2021', siblings: ['t-2021', 't-2016'] } },
  NAP036: { bad: { siblings: ['t-2020'] } },
  NAP080: {
    bad: {
      plan: edit(PLAN, '        actors: [equality]\n', '        actors: [equality]\n        continues: t-2016:2.b\n'),
      previous: { 't-2016': PLAN.replace('id: t-2020', 'id: t-2016') },
    },
    line: 52,
    good: {
      plan: edit(PLAN, '        actors: [equality]\n', '        actors: [equality]\n        continues: t-2016:2.a\n'),
      previous: { 't-2016': PLAN.replace('id: t-2020', 'id: t-2016') },
    },
  },
  NAP081: {
    bad: plan('        actors: [equality]\n', '        actors: [equality]\n        continues: t-2020:2.a\n'),
    line: 52,
    good: plan('        actors: [equality]\n', '        actors: [equality]\n        continues: t-2016:2.a\n'),
  },
  NAP037: {
    bad: plan(
      '    title: Follow-up\n',
      '    title: Follow-up\n    goals: [{ id: "9", title: G, actions: [{ id: 9.a, text: T, actors: [equality], indicators: [I] }] }]\n',
    ),
  },
  NAP038: {
    bad: plan("{ en: Equality Institute, fr: Institut pour l'égalité }", "{ fr: Institut pour l'égalité }"),
    line: 18,
  },
  NAP039: {
    bad: plan("{ en: Equality Institute, fr: Institut pour l'égalité }", '{ en: Equality Institute }'),
    line: 18,
  },
  NAP040: { bad: plan('        indicators: [Report sent.]\n', '') },
  NAP041: { bad: plan('due: 2022', 'due: 2030'), line: 37, good: plan('due: 2022', 'due: "2022-06-30"') },
  NAP042: { bad: plan('value: { women: 31, men: 412 }', 'value: 443'), line: 34 },
  NAP043: { bad: plan('due: 2022', 'due: "2022-02-30"'), line: 37 },
  NAP044: { bad: plan('    name: Interior\n', '    name: Interior\n    parent: interior-police\n') },
  NAP050: { bad: progress('plan: t-2020', 'plan: t-2016'), line: 2 },
  NAP051: { bad: { progress: { '2025.yaml': edit(PROGRESS, 'year: 2021', 'year: 2025') } }, line: 3 },
  NAP052: { bad: progress('year: 2021', 'year: 2022'), line: 3 },
  NAP053: { bad: progress('  2.a:', '  2.b:'), line: 12 },
  NAP060: {
    bad: {
      narratives: {
        '2021.yaml': edit(
          NARRATIVE,
          'conclusions: { en: More to do., fr: Il reste à faire. }',
          'conclusions: More to do.',
        ),
      },
    },
    line: 5,
    good: { narratives: { '2021.yaml': NARRATIVE } },
  },
  NAP061: {
    bad: plan('                unit: percent\n', '                unit: percent\n                progressBy: women\n'),
    line: 44,
    good: plan('                unit: percent\n', '                unit: percent\n                progressBy: value\n'),
  },
  NAP054: { bad: progress('      1: Report submitted.', '      3: Report submitted.'), line: 10 },
  NAP055: { bad: progress('women-missions: { women: 40, men: 400 }', 'women-missions: 440'), line: 11 },
  NAP056: {
    bad: { progress: { '2021.yaml': PROGRESS, '2021/other.yaml': PROGRESS } },
    good: {
      progress: {
        '2021.yaml': PROGRESS,
        '2021/police.yaml': edit(PROGRESS, 'reporter: equality', 'reporter: foreign-affairs'),
      },
    },
  },
  NAP057: { bad: progress('reporter: equality', 'reporter: interior-police'), line: 6 },
  NAP058: { bad: { progress: { 'latest.yaml': PROGRESS } } },
  NAP070: {
    bad: { plan: SCALED, assessments: { '2021.yaml': edit(ASSESSMENT, CSO, 'assessor: senat') } },
    line: 4,
    good: { plan: SCALED, assessments: { '2021.yaml': edit(ASSESSMENT, CSO, 'assessor: senate') } },
  },
  NAP071: {
    bad: { plan: SCALED, assessments: { '2021.yaml': edit(ASSESSMENT, CSO, 'assessor: foreign-affairs') } },
    line: 4,
    good: assessment('type: civil-society', 'type: academia'),
  },
  NAP072: {
    bad: {
      plan: SCALED,
      assessments: { '2021.yaml': edit(ASSESSMENT, 'year: 2021\n', 'year: 2021\nscale: basics\n') },
    },
    line: 4,
    good: {
      plan: SCALED,
      assessments: { '2021.yaml': edit(ASSESSMENT, 'year: 2021\n', 'year: 2021\nscale: completion\n') },
    },
  },
  NAP073: {
    bad: assessment('rating: limited', 'rating: partial'),
    line: 9,
    good: { assessments: { '2021.yaml': ASSESSMENT } },
  },
  NAP074: {
    bad: { assessments: { '2021.yaml': ASSESSMENT, '2021/again.yaml': ASSESSMENT } },
    good: {
      assessments: {
        '2021.yaml': ASSESSMENT,
        '2021/other.yaml': edit(ASSESSMENT, 'id: wps-network', 'id: other-network'),
      },
    },
  },
  NAP075: {
    bad: assessment('id: wps-network', 'id: equality'),
    line: 4,
    good: assessment('id: wps-network', 'id: wps-network-be'),
  },
  NAP076: {
    bad: { plan: edit(SCALED, '      - { id: "yes"', '      - { id: "no"') },
    line: 27,
    good: { plan: SCALED },
  },
};

/** A plan folder on disk (t-2020 with its 2021 progress), changed by `make` (given the workspace). */
async function onDiskCodes(make: (cwd: string, progress: string) => void): Promise<string[]> {
  const cwd = workspace({ 'plans/t-2020/plan.yaml': PLAN, 'plans/t-2016/plan.yaml': PLAN.replace('t-2020', 't-2016') });
  make(cwd, join(cwd, 'plans/t-2020/progress'));
  const run = await validatePaths(['plans/t-2020'], cwd);
  return codes(run.findings);
}

function write(path: string, text = PROGRESS): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

const onDisk: Record<ListingCode, { bad: (cwd: string, progress: string) => void; good: typeof onDisk.NAP016.bad }> = {
  NAP016: {
    bad: (cwd, progress) => {
      write(join(cwd, 'elsewhere/2021.yaml'));
      write(join(progress, '.keep'), '');
      symlinkSync(join(cwd, 'elsewhere/2021.yaml'), join(progress, '2021.yaml'));
    },
    good: (cwd, progress) => {
      write(join(cwd, 'plans/shared/2021.yaml'));
      write(join(progress, '.keep'), '');
      symlinkSync(join(cwd, 'plans/shared/2021.yaml'), join(progress, '2021.yaml'));
    },
  },
  NAP059: {
    bad: (_, progress) => write(join(progress, '2021.yml.bak')),
    good: (_, progress) => write(join(progress, '2021.yml')),
  },
};

describe('every rule code', () => {
  it('has a case here', () => {
    const collect = (ruleList as readonly RuleUnit[]).filter((r) => r.stage === 'collect').map((r) => r.code);
    expect([...Object.keys(cases), ...Object.keys(onDisk), ...collect].sort()).toEqual(Object.keys(rules).sort());
  });

  for (const [code, c] of Object.entries(onDisk) as [ListingCode, (typeof onDisk)[ListingCode]][]) {
    it(`${code} ${rules[code].title}: raised on the bad folder, not on the good one`, async () => {
      expect(await onDiskCodes(c.bad)).toContain(code);
      expect(await onDiskCodes(c.good)).not.toContain(code);
    });
  }

  type InlineCode = keyof typeof cases;
  for (const [code, c] of Object.entries(cases) as [InlineCode, (typeof cases)[InlineCode]][]) {
    it(`${code} ${rules[code].title}: fails on the bad input, passes on the good one`, () => {
      const bad = checkInline(c.bad);
      const hit = bad.findings.find((f) => f.code === code);
      expect(
        hit,
        `${code} not reported; got ${JSON.stringify(bad.findings.map((f) => `${f.code} ${f.message}`))}`,
      ).toBeDefined();
      expect(hit!.severity).toBe(rules[code].severity);
      expect(hit!.message.length).toBeGreaterThan(10);
      if (code !== 'NAP002') expect(hit!.fix, 'every finding says how to fix it').toBeTruthy();
      if (c.line !== undefined) expect(hit!.line).toBe(c.line);
      expect(codes(checkInline(c.good ?? {}).findings)).not.toContain(code);
    });
  }
});
