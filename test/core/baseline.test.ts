import { describe, expect, it } from 'vitest';
import { checkInline } from '../helpers.js';

describe('the base test plan', () => {
  it('is valid, with its progress file', () => {
    const r = checkInline();
    expect(r.findings).toEqual([]);
    expect(r.plan.data?.id).toBe('t-2020');
    expect(r.progress[0]?.data?.year).toBe(2021);
  });
});
