import { describe, expect, it } from 'vitest';
import { checkInline, codes, edit, PLAN } from '../helpers.js';

const withMeasure = (from: string, to: string) => checkInline({ plan: edit(PLAN, from, to), progress: {} });

describe('NAP061: the progress measure must fit the indicator', () => {
  it('a value per sex has no single value to measure', () => {
    const r = withMeasure(
      '                disaggregation: [sex]\n',
      '                disaggregation: [sex]\n                progressBy: value\n',
    );
    expect(codes(r.findings)).toContain('NAP061');
    expect(r.findings.find((f) => f.code === 'NAP061')!.message).toContain('is given per sex');
  });

  it('text is not a number to measure', () => {
    const r = withMeasure(
      '                unit: percent\n',
      '                unit: text\n                progressBy: value\n',
    );
    expect(r.findings.find((f) => f.code === 'NAP061')!.message).toContain("has the unit 'text'");
  });

  it('the share of women fits a count given per sex', () => {
    const r = withMeasure(
      '                disaggregation: [sex]\n',
      '                disaggregation: [sex]\n                progressBy: share-women\n',
    );
    expect(codes(r.findings)).not.toContain('NAP061');
  });
});
