import { describe, expect, it } from 'vitest';
import { readNumber } from '../../src/core/collect/cells.js';

const text = (value: string) => ({ value, formula: false });

describe('numbers typed as text in a return', () => {
  it('refuses a dot that may separate thousands (1.200 as Belgium writes 1 200) in an amount or count', () => {
    for (const unit of ['amount', 'count'] as const) {
      for (const s of ['1.200', '12.500', '-1.250', '999.000']) {
        const r = readNumber(text(s), unit);
        expect(r.value, `${s} as ${unit}`).toBeUndefined();
        expect(r.problem?.code).toBe('NAP111');
        expect(r.problem?.message).toContain('thousands separator');
      }
    }
  });

  it('reads a dot that cannot separate thousands', () => {
    expect(readNumber(text('1.2'), 'amount').value).toBe(1.2);
    expect(readNumber(text('12.50'), 'amount').value).toBe(12.5);
    expect(readNumber(text('0.125'), 'amount').value).toBe(0.125);
    expect(readNumber(text('1200.000'), 'amount').value).toBe(1200);
    // A percentage cannot be 1 200: the dot is a decimal point.
    expect(readNumber(text('12.500'), 'percent').value).toBe(12.5);
    // A real number in the cell is never ambiguous.
    expect(readNumber({ value: 1.2, formula: false }, 'amount').value).toBe(1.2);
  });

  it('still refuses a comma that may separate thousands, and reads a decimal comma with a warning', () => {
    expect(readNumber(text('12,500'), 'amount').problem?.code).toBe('NAP111');
    const r = readNumber(text('12,5'), 'amount');
    expect(r.value).toBe(12.5);
    expect(r.warning?.code).toBe('NAP114');
  });
});
