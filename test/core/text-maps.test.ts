import { describe, expect, it } from 'vitest';
import { eachTextMap } from '../../src/core/model/text-maps.js';
import { ASSESSMENT, checkInline, edit, PLAN, PROGRESS } from '../helpers.js';

describe('the walk for language maps', () => {
  it('finds maps under text fields and in lists of sources, with their pointers, in document order', () => {
    const data = {
      title: { en: 'T', fr: 'T' },
      objectives: [{ id: '1', title: 'plain', goals: [{ description: { nl: 'D' } }] }],
      'a/b': { notes: { en: 'N' } },
      sources: [{ en: 'S' }],
      other: { en: 'not a text field' },
    };
    expect(eachTextMap(data).map((m) => m.pointer)).toEqual([
      '/title',
      '/objectives/0/goals/0/description',
      '/a~1b/notes',
      '/sources/0',
    ]);
  });

  it('does not enter the fields it is told hold no text, and finds the rest', () => {
    const report = { summary: { en: 'S' }, indicators: { '1': { notes: { en: 'would be found' } } } };
    expect(eachTextMap({ actions: { a: report } }).map((m) => m.pointer)).toEqual([
      '/actions/a/summary',
      '/actions/a/indicators/1/notes',
    ]);
    expect(eachTextMap({ actions: { a: report } }, new Set(['indicators'])).map((m) => m.pointer)).toEqual([
      '/actions/a/summary',
    ]);
  });

  it("still checks a progress report's summary in languages, beside values per sex", () => {
    const checked = checkInline({
      progress: { '2021.yaml': edit(PROGRESS, 'summary: Half done.', 'summary: { fr: À moitié fait. }') },
    });
    const found = checked.findings.filter((f) => f.code === 'NAP038');
    expect(found.map((f) => [f.file, f.line, f.pointer])).toEqual([
      ['plans/t-2020/progress/2021.yaml', 8, '/actions/1.a/summary'],
    ]);
  });

  it('takes no indicator named like a text field for a language map: values are not, remarks once', () => {
    const plan = edit(PLAN, 'id: women-missions', 'id: title');
    const progress = edit(PROGRESS, 'women-missions: { women: 40, men: 400 }', 'title: { women: 40, men: 400 }');
    const assessment = edit(
      ASSESSMENT,
      'women-missions: The figures were not published.',
      'title: { fr: Pas publié. }',
    );
    const checked = checkInline({
      plan,
      progress: { '2021.yaml': progress },
      assessments: { '2021.yaml': assessment },
    });
    const texts = checked.findings.filter((f) => f.code === 'NAP038' || f.code === 'NAP039');
    expect(texts.map((f) => [f.code, f.file, f.pointer])).toEqual([
      ['NAP038', 'plans/t-2020/assessments/2021.yaml', '/actions/1.a/indicators/title'],
    ]);
  });
});
