import { describe, expect, it } from 'vitest';
import { Formatter } from '../../src/core/model/format.js';
import { messages } from '../report-helpers.js';

// "La part des femmes est passé de…": a French past participle must agree with a feminine measure,
// so the trend sentences are worded to need no agreement at all, whatever the measure.
describe('trend sentences agree with every measure', () => {
  it('in French, a feminine measure never gets a masculine participle', () => {
    const f = new Formatter('fr', messages('fr'));
    for (const measure of ['value', 'total', 'women', 'share-women']) {
      const name = f.t(`indicator.measure.${measure}`);
      for (const trend of ['up', 'down', 'same']) {
        const s = f.t(`indicator.trend.${trend}`, { measure: name, previous: '8,6 %', year: 2014, current: '9 %' });
        expect(s.startsWith(name), s).toBe(true);
        if (name.startsWith('La '))
          expect(s, s).not.toMatch(/\b(est passé|est resté|inchangé|augmenté de|baissé de)\b/);
      }
    }
    expect(
      f.t('indicator.trend.up', {
        measure: f.t('indicator.measure.share-women'),
        previous: '8,6 %',
        year: 2014,
        current: '9 %',
      }),
    ).toBe('La part des femmes a augmenté, passant de 8,6 % (2014) à 9 %');
  });
});
