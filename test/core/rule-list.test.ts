import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JS script without types
import { rulesTable, tableIn } from '../../scripts/rules-table.mjs';
import { isRuleCode, ruleList, rules } from '../../src/core/rules/index.js';
import { defineRule, type RuleUnit } from '../../src/core/rules/rule.js';

const src = new URL('../../src/', import.meta.url);
const rulesDir = new URL('core/rules/', src);
const list: readonly RuleUnit[] = ruleList;
const codes = list.map((r) => r.code);

describe('the rule list (src/core/rules/index.ts)', () => {
  it('holds each code once, in code order, and `rules` finds each by code', () => {
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(codes);
    expect(Object.keys(rules)).toEqual(codes);
  });

  it('has one file per rule, named after its code and defining that code only', () => {
    const files = readdirSync(rulesDir).filter((f) => /^nap\d{3}-[a-z0-9-]+\.ts$/.test(f));
    expect(files.map((f) => f.slice(0, 6).toUpperCase())).toEqual(codes);
    for (const f of files) {
      const defined = [...readFileSync(new URL(f, rulesDir), 'utf8').matchAll(/\bcode: '(NAP\d{3})'/g)].map(
        (m) => m[1],
      );
      expect(defined, f).toEqual([f.slice(0, 6).toUpperCase()]);
    }
  });

  it('gives every rule a check of its own or the stage that raises it', () => {
    for (const r of list) {
      const checks = Object.values(r.checks ?? {});
      if (r.stage === undefined) expect(checks.length, `${r.code} is semantic but has no check`).toBeGreaterThan(0);
      for (const c of checks) expect(typeof c, r.code).toBe('function');
    }
  });

  it('refuses, as a type error, a rule with neither a stage nor a check', () => {
    // @ts-expect-error no stage raises it and it has no check: nothing would ever report it
    const orphan = defineRule({ code: 'NAP099', severity: 'error', title: 'Orphan', explanation: 'Never raised.' });
    expect(orphan.code).toBe('NAP099');
  });

  it('explains every rule in one to three sentences', () => {
    for (const r of ruleList) {
      const sentences = r.explanation.match(/[.!?](?=\s|$)/g)?.length ?? 0;
      expect(sentences, `${r.code}: ${r.explanation}`).toBeGreaterThanOrEqual(1);
      expect(sentences, `${r.code}: ${r.explanation}`).toBeLessThanOrEqual(3);
      expect(r.explanation, r.code).not.toMatch(/\n/);
    }
  });

  it('holds every code raised in src, and each reading-stage rule is raised by some stage', () => {
    const raised = new Set<string>();
    for (const file of readdirSync(src, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts') || file.startsWith('core/rules/') || file.startsWith('core\\rules\\')) continue;
      for (const m of readFileSync(new URL(file, src), 'utf8').matchAll(/['"`](NAP\d{3})['"`]/g)) raised.add(m[1]!);
    }
    expect([...raised].filter((c) => !isRuleCode(c))).toEqual([]);
    expect(list.filter((r) => r.stage !== undefined && !raised.has(r.code)).map((r) => r.code)).toEqual([]);
  });

  it('is the table in README.md (regenerate: npm run build && node scripts/rules-table.mjs --write)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(tableIn(readme)).toBe(rulesTable(ruleList));
  });
});
