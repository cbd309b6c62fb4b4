import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkInline, PLAN } from '../helpers.js';

const dir = new URL('../fixtures/bad/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Record<
  string,
  { kind: 'plan' | 'progress' | 'assessment'; code: string; line: number; note: string }
>;

describe('the corpus of broken files (test/fixtures/bad)', () => {
  for (const [name, want] of Object.entries(expected)) {
    it(`${name}: ${want.code} at line ${want.line}${want.note ? ` (${want.note})` : ''}`, () => {
      const bytes = new Uint8Array(readFileSync(new URL(name, dir)));
      const text = () => new TextDecoder().decode(bytes);
      const result =
        want.kind === 'plan'
          ? checkInline({ plan: bytes })
          : want.kind === 'assessment'
            ? checkInline({ plan: PLAN, assessments: { '2021.yaml': text() } })
            : checkInline({ plan: PLAN, progress: { '2021.yaml': text() } });
      const errors = result.findings.filter((f) => f.severity === 'error');
      expect(errors.length, 'an error is reported').toBeGreaterThan(0);
      const first = errors[0]!;
      expect(`${first.code} line ${first.line}`, first.message).toBe(`${want.code} line ${want.line}`);
      expect(first.fix).toBeTruthy();
      expect(result.plan.data === undefined || want.kind !== 'plan').toBe(true);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    });
  }

  it('has several cases of each class of mistake', () => {
    const byCode = new Map<string, number>();
    for (const { code } of Object.values(expected)) byCode.set(code, (byCode.get(code) ?? 0) + 1);
    for (const code of [
      'NAP001',
      'NAP003',
      'NAP004',
      'NAP005',
      'NAP006',
      'NAP007',
      'NAP008',
      'NAP009',
      'NAP010',
      'NAP012',
    ]) {
      expect(byCode.get(code) ?? 0, code).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('inputs that are valid although unusual', () => {
  it('accepts a byte-order mark and CRLF line ends, with correct positions', () => {
    const crlf = `\ufeff${PLAN.replace(/\n/g, '\r\n')}`;
    expect(checkInline({ plan: crlf }).findings).toEqual([]);
    const broken = checkInline({ plan: crlf.replace('    name: Interior', '    nmae: Interior') });
    expect(broken.findings.map((f) => `${f.code}@${f.line}:${f.column}`)).toEqual(['NAP020@13:5']);
  });

  it('refuses a file over the size limit without parsing it', () => {
    const big = new TextEncoder().encode(`nap: 1\n#${'x'.repeat(10 * 1024 * 1024)}\n`);
    const r = checkInline({ plan: big });
    expect(r.findings[0]?.code).toBe('NAP002');
    expect(r.findings[0]?.message).toMatch(/10\.0 MiB/);
    expect(r.plan.parsed).toBeUndefined();
  });

  it('lists the first 200 of tens of thousands of unknown keys and counts the rest', () => {
    const keys = Array.from({ length: 30_000 }, (_, i) => `k${i}: ${i}`).join('\n');
    const r = checkInline({ plan: `${PLAN}${keys}\n` });
    expect(r.findings.filter((f) => f.code === 'NAP020')).toHaveLength(200);
    expect(r.findings.find((f) => f.code === 'NAP014')?.message).toBe(
      '29800 more problems with the fields of this file are not listed; the first 200 are',
    );
  });

  it('finds a duplicate among tens of thousands of keys', () => {
    const keys = Array.from({ length: 30_000 }, (_, i) => `k${i}: ${i}`).join('\n');
    const r = checkInline({ plan: `${PLAN}${keys}\nk17: again\n` });
    expect(r.findings.map((f) => f.code)).toEqual(['NAP005']);
    expect(r.findings[0]!.message).toMatch(/first on line 69/);
  });

  it('yields plain JSON data: YAML 1.2 core, no dates, no sets', () => {
    const r = checkInline({
      plan: PLAN.replace('lang: en', 'lang: en\nadopted: 2013-06-14').replace('title: Test plan', 'title: NO'),
    });
    expect(r.findings).toEqual([]);
    expect(r.plan.data?.adopted).toBe('2013-06-14');
    expect(r.plan.data?.title).toBe('NO');
  });
});
