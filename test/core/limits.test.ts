import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { parseYaml } from '../../src/core/load/yaml.js';
import type { Finding } from '../../src/core/rules/finding.js';
import { schemaFindings } from '../../src/core/validate/schema.js';
import { plan as planValidator } from '../../src/generated/validators.js';
import { workspace } from '../cli/harness.js';
import { checkInline, edit, PLAN, PROGRESS } from '../helpers.js';

// Durations are asserted loosely: the machine is noisy. Before the limits, each of these
// inputs took from 10 seconds to over a minute, and up to 2 GB of memory.
const FAST_MS = 3000;

const timed = <T>(f: () => T): [T, number] => {
  const start = performance.now();
  const value = f();
  return [value, performance.now() - start];
};
const shown = (findings: readonly Finding[]) => findings.map((f) => `${f.code}@${f.line}:${f.column} ${f.message}`);

/** The test plan with lines added under action 2.a (line 52 is the first added). */
const withAction2a = (lines: string) =>
  edit(PLAN, '        actors: [equality]\n', `        actors: [equality]\n${lines}`);

describe('lists that must not repeat an item are checked in one pass', () => {
  const tags = withAction2a(
    `        tags:\n${Array.from({ length: 100_000 }, (_, i) => `          - t${i}\n`).join('')}`,
  );

  it('100,000 distinct tags: the schema validator takes milliseconds, and the list is too long', () => {
    const parsed = parseYaml(tags, 'plans/t-2020/plan.yaml');
    const [valid, ms] = timed(() => planValidator(parsed.data));
    expect(valid).toBe(false);
    expect(ms).toBeLessThan(1000); // a minute before: ajv compared every pair of tags
    expect(shown(schemaFindings('plan', parsed))).toEqual([
      "NAP025@53:11 'tags' of action 2.a has 100000 items; at most 100 are allowed",
    ]);
  });

  it('the whole validation of that file stays within seconds', () => {
    const [r, ms] = timed(() => checkInline({ plan: tags }));
    expect(r.findings.map((f) => f.code)).toEqual(['NAP025']);
    expect(ms).toBeLessThan(FAST_MS * 2);
  });

  it('a repeated entry is still named with both of its positions', () => {
    const r = checkInline({ plan: withAction2a('        tags: [a, b, c, b, d, a]\n') });
    expect(shown(r.findings)).toEqual([`NAP026@52:31 'tags' of action 2.a lists the text "a" twice (items 1 and 6)`]);
    const pillars = edit(
      PLAN,
      '    title: Follow-up\n',
      '    title: Follow-up\n    pillars: [prevention, relief-recovery, prevention]\n',
    );
    expect(shown(checkInline({ plan: pillars }).findings)).toEqual([
      `NAP026@47:44 'pillars' of objective 2 lists the text "prevention" twice (items 1 and 3)`,
    ]);
  });

  it('an item of the wrong type is reported once, as before, with the words of its definition', () => {
    const r = checkInline({ plan: withAction2a('        tags: [a, 5, Bad]\n') });
    expect(shown(r.findings)).toEqual([
      "NAP022@52:19 'tags[1]' of action 2.a must be text, but it is the number 5",
      `NAP024@52:22 'tags[2]' of action 2.a is the text "Bad", which is not in the expected form`,
    ]);
    expect(r.findings[0]!.fix).toBe(
      'write a slug: lowercase letters, digits and single hyphens, e.g. foreign-affairs.',
    );
    const pillar = edit(PLAN, '    title: Follow-up\n', '    title: Follow-up\n    pillars: [5]\n');
    expect(shown(checkInline({ plan: pillar }).findings)).toEqual([
      "NAP023@47:15 'pillars[0]' of objective 2 is the number 5, which is not allowed",
    ]);
  });
});

describe('lists longer than the format allows', () => {
  it('are refused with their length and the limit', () => {
    const actors = Array.from({ length: 101 }, (_, i) => `a${i}`).join(', ');
    const r = checkInline({ plan: edit(PLAN, 'actors: [interior-police]', `actors: [${actors}]`) });
    expect(shown(r.findings)).toEqual(["NAP025@44:21 'actors' of action 1.10 has 101 items; at most 100 are allowed"]);
    expect(r.findings[0]!.fix).toBe('keep at most 100 items here, or check that this is the right file');
  });

  it('counts the entries of a mapping: the values reported for one action', () => {
    const values = Array.from({ length: 101 }, (_, i) => `      k${i}: x`).join('\n');
    const p = edit(
      PROGRESS,
      '    summary: Half done.\n',
      `    summary: Half done.\n    indicators:\n${values}\n    sources: []\n`,
    );
    const r = checkInline({ progress: { '2021.yaml': p.replace(/ {4}indicators:\n {6}1: Report.*\n.*\n/, '') } });
    expect(shown(r.findings).filter((f) => f.startsWith('NAP025'))).toEqual([
      "NAP025@10:7 'indicators' of the report on action 1.a has 101 entries; at most 100 are allowed",
    ]);
  });

  it('leave room for the benchmark plan of 10,000 actions, which stays valid', () => {
    const root = workspace();
    generate(root, 10_000);
    const text = readFileSync(join(root, 'plans/synth-10000/plan.yaml'), 'utf8');
    const r = checkInline({ plan: text, folderName: 'synth-10000', progress: {} });
    expect(r.findings).toEqual([]);
  }, 30_000);
});

describe('what the YAML parser is never given', () => {
  it('a list in brackets of a million items: refused at its bracket before parsing', () => {
    const plan = withAction2a(`        tags: [${'t,'.repeat(1_000_000)}t]\n`);
    const [r, ms] = timed(() => checkInline({ plan }));
    // NAP017 is raised only by the scan that runs before the parser, which then never runs.
    expect(shown(r.findings)).toEqual([
      'NAP017@52:15 this list in brackets has more than 10000 items; nap does not read it',
    ]);
    expect(ms).toBeLessThan(FAST_MS);
  });

  it('a mapping in braces is counted the same way', () => {
    const entries = Array.from({ length: 10_001 }, (_, i) => `k${i}: 1`).join(', ');
    const r = checkInline({ plan: `${PLAN}extra: { ${entries} }\n` });
    expect(shown(r.findings)).toEqual([
      'NAP017@52:8 this mapping in braces has more than 10000 items; nap does not read it',
    ]);
  });

  it('many shorter lists in brackets: refused when the file holds more than 500,000 items in all', () => {
    const list = `[${'t,'.repeat(9_000)}t]`;
    const lines = Array.from({ length: 60 }, () => `  - ${list}`).join('\n');
    const [r, ms] = timed(() => checkInline({ plan: `${PLAN}extra:\n${lines}\n` }));
    expect(r.findings.map((f) => `${f.code} ${f.message}`)).toEqual([
      'NAP017 the lists and mappings in brackets of this file hold more than 500000 items in all; nap does not read it',
    ]);
    // Each list counts 9,001 items: the 56th passes 500,000 (the lists start on line 53).
    expect(r.findings[0]!.line).toBe(53 + 55);
    expect(ms).toBeLessThan(FAST_MS);
  });

  it('a list of a million lines: refused at line 300,001 before parsing', () => {
    const plan = `${PLAN}extra:\n${'- t\n'.repeat(1_000_000)}`;
    const [r, ms] = timed(() => checkInline({ plan }));
    expect(shown(r.findings)).toEqual([
      "NAP002@300001:1 the file has more than 300000 lines, over nap's limit; it was not read",
    ]);
    expect(ms).toBeLessThan(FAST_MS);
  });

  it('brackets, quotes and commas in the text of a block scalar are text', () => {
    const text = `    description: |\n      [a draft, ${'see, '.repeat(20_000)}end\n      it's "open\n`;
    const plan = edit(PLAN, '    title: Follow-up\n', `    title: Follow-up\n${text}`);
    expect(checkInline({ plan }).findings).toEqual([]);
  });

  it('a list in brackets after a block scalar is still counted', () => {
    const after = `    description: |\n      Text.\n   extra: [${'t,'.repeat(10_000)}t]\n`;
    const r = checkInline({ plan: edit(PLAN, '    title: Follow-up\n', `    title: Follow-up\n${after}`) });
    expect(r.findings.map((f) => f.code)).toEqual(['NAP017']);
  });

  it('an apostrophe inside a word in brackets does not hide the items after it', () => {
    const r = checkInline({ plan: withAction2a(`        tags: [it's, ${'t, '.repeat(10_000)}t']\n`) });
    expect(r.findings.map((f) => f.code)).toEqual(['NAP017']);
  });
});

describe('numbers beyond what can be held exactly', () => {
  it('are refused where they stand, with the value they would be read as', () => {
    const r = checkInline({
      plan: edit(PLAN, 'value: { women: 31, men: 412 }', 'value: { women: 9007199254740993, men: 412 }'),
    });
    expect(shown(r.findings)).toEqual([
      'NAP015@34:57 the whole number 9007199254740993 is too large to be held exactly: it would be read as 9007199254740992',
    ]);
    expect(r.findings[0]).toMatchObject({ endColumn: 73, severity: 'error' });
    expect(r.findings[0]!.fix).toBe('put it in quotes if it is a code or a reference; otherwise check the figure');
  });

  it('in a progress file too, and in hexadecimal; the largest exact whole number and floats pass', () => {
    const big = edit(
      PROGRESS,
      'women-missions: { women: 40, men: 400 }',
      'women-missions: { women: 0x20000000000001, men: 400 }',
    );
    expect(checkInline({ progress: { '2021.yaml': big } }).findings.map((f) => f.code)).toEqual(['NAP015']);
    for (const ok of ['9007199254740991', '1.5e300', '12345678901234567890.5']) {
      const p = edit(PLAN, 'value: { women: 31, men: 412 }', `value: { women: ${ok}, men: 412 }`);
      expect(
        checkInline({ plan: p }).findings.map((f) => f.code),
        ok,
      ).toEqual([]);
    }
  });
});
