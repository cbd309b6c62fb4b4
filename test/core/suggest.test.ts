import { describe, expect, it } from 'vitest';
import { closest, distance } from '../../src/core/model/suggest.js';

describe('suggestions for mistyped words', () => {
  it('counts edits, a swap of two letters as one', () => {
    expect(distance('actrs', 'actors')).toBe(1);
    expect(distance('atcors', 'actors')).toBe(1);
    expect(distance('', 'abc')).toBe(3);
    expect(distance('kitten', 'sitting')).toBe(3);
    expect(distance('a-very-long-field-name-for-a-plan', 'a-very-long-field-name-for-a-plan')).toBe(0);
  });

  it('suggests only what is close', () => {
    expect(closest('actrs', ['id', 'text', 'actors', 'lead'])).toBe('actors');
    expect(closest('Titel', ['title', 'text'])).toBe('title');
    expect(closest('budgetline', ['id', 'name', 'short', 'type', 'parent'])).toBeUndefined();
  });
});
