import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../src/core/diff/diff-plans.js';
import { wordDiff } from '../../src/core/diff/words.js';
import type { Plan } from '../../src/core/model/types.generated.js';
import { checkInline, edit, PLAN } from '../helpers.js';

function plan(text: string): Plan {
  const r = checkInline({ plan: text, progress: {} });
  const errors = r.findings.filter((f) => f.severity === 'error');
  if (errors.length || !r.plan.data) throw new Error(JSON.stringify(errors.map((e) => `${e.line}: ${e.message}`)));
  return r.plan.data;
}
const diff = (newText: string, opts: Partial<{ threshold: number; lang: string }> = {}, oldText = PLAN) =>
  diffPlans(plan(oldText), plan(newText), {
    threshold: opts.threshold ?? 0.5,
    idThreshold: 0.25,
    lang: opts.lang ?? 'en',
  });
const byId = (d: ReturnType<typeof diff>, id: string) => d.changes.find((c) => c.newId === id || c.oldId === id)!;

describe('nap diff: matching and classification', () => {
  it('finds identical plans identical', () => {
    const d = diff(PLAN);
    expect(d.identical).toBe(true);
    expect(d.summary).toMatchObject({
      added: 0,
      removed: 0,
      reworded: 0,
      renumbered: 0,
      moved: 0,
      unchanged: 3,
      actorChanges: 0,
    });
    expect(d.changes).toEqual([]);
  });

  it('does not count whitespace or typographic quotes as rewording', () => {
    const d = diff(
      edit(PLAN, 'text: Apply the conventions.', `text: "Apply  the \u201cconventions\u201d."`).replace(
        'text: "Apply  the \u201cconventions\u201d."',
        `text: 'Apply  the "conventions".'`,
      ),
      {},
      edit(PLAN, 'text: Apply the conventions.', `text: 'Apply the "conventions".'`),
    );
    expect(d.identical).toBe(true);
  });

  it('reports a rewording with a word-level diff', () => {
    const d = diff(edit(PLAN, 'text: Train the police.', 'text: Train the police and the army.'));
    const c = byId(d, '1.10');
    expect(c.aspects).toEqual(['reworded']);
    expect(c.words).toEqual(wordDiff('Train the police.', 'Train the police and the army.'));
    expect(wordDiff('Train the police.', 'Train the police and the army.')).toEqual([
      { op: '=', text: 'Train the' },
      { op: '-', text: 'police.' },
      { op: '+', text: 'police and the army.' },
    ]);
    expect(d.summary.reworded).toBe(1);
  });

  it('reports a renumbered action, matched by its text', () => {
    const d = diff(edit(PLAN, '- id: "1.10"', '- id: 1.b'));
    const c = byId(d, '1.b');
    expect(c).toMatchObject({
      kind: 'changed',
      aspects: ['renumbered'],
      oldId: '1.10',
      newId: '1.b',
      match: { by: 'text', similarity: 1 },
    });
    expect(d.summary).toMatchObject({ renumbered: 1, added: 0, removed: 0 });
  });

  it('follows ids that shift when the first action of a goal is dropped', () => {
    const shifted = PLAN.replace(
      '          - id: 1.a\n            text: Apply the conventions.\n',
      '          - id: 1.0a\n            text: Apply the conventions.\n',
    )
      .replace(/ {10}- id: 1\.0a[\s\S]*?due: 2022\n/, '')
      .replace('- id: "1.10"', '- id: 1.a');
    const d = diff(shifted);
    expect(d.changes.map((c) => [c.kind, c.oldId, c.newId, c.aspects.join('+')])).toEqual([
      ['changed', '1.10', '1.a', 'renumbered'],
      ['removed', '1.a', undefined, ''],
    ]);
  });

  it('reports an action moved to another objective', () => {
    const moved = PLAN.replace(
      '      - id: 2.a\n        text: Report yearly.\n        indicators: [Report sent.]\n        actors: [equality]\n',
      '      - id: 2.b\n        text: Keep records.\n        actors: [equality]\n        indicators: [Records.]\n',
    ).replace(
      '            actors: [interior-police]\n',
      '            actors: [interior-police]\n          - id: 2.a\n            text: Report yearly.\n            indicators: [Report sent.]\n            actors: [equality]\n',
    );
    const d = diff(moved);
    const c = byId(d, '2.a');
    expect(c.aspects).toEqual(['moved']);
    expect([c.oldPath, c.newPath]).toEqual(['2', '1 > 1']);
    expect(d.summary).toMatchObject({ moved: 1, added: 1 });
  });

  it('reports renumbered, reworded and moved at once', () => {
    const moved = PLAN.replace(
      '      - id: 2.a\n        text: Report yearly.\n        indicators: [Report sent.]\n        actors: [equality]\n',
      '      - id: 2.b\n        text: Keep records.\n        actors: [equality]\n        indicators: [Records.]\n',
    ).replace(
      '            actors: [interior-police]\n',
      '            actors: [interior-police]\n          - id: 1.c\n            text: Report yearly to parliament.\n            indicators: [Report sent.]\n            actors: [equality]\n',
    );
    const d = diff(moved);
    const c = byId(d, '1.c');
    expect(c.aspects).toEqual(['reworded', 'renumbered', 'moved']);
    expect(c).toMatchObject({ oldId: '2.a', newId: '1.c', main: 'moved', match: { by: 'text' } });
    expect(c.oldPlace).toEqual({ objective: { id: '2', title: 'Follow-up' } });
    expect(c.newPlace?.goal?.id).toBe('1');
    // counted once, under its main change; every aspect still counted in summary.aspects
    expect(d.summary).toMatchObject({ moved: 1, reworded: 0, renumbered: 0, added: 1, removed: 0 });
    expect(d.summary.aspects).toMatchObject({ moved: 1, reworded: 1, renumbered: 1 });
    const s = d.summary;
    expect(s.added + s.removed + s.moved + s.reworded + s.renumbered + s.modified + s.unchanged).toBe(4);
  });

  it('gives added and dropped actions in full, and actor names for readers', () => {
    const d = diff(
      PLAN.replace(
        '          - id: "1.10"\n            text: Train the police.\n',
        '          - id: 1.z\n            text: Protect women human rights defenders online.\n            lead: interior-police\n            due: "2022-06-30"\n            budget: { amount: 25000, currency: EUR }\n',
      ),
    );
    expect(byId(d, '1.z')).toMatchObject({
      kind: 'added',
      main: 'added',
      action: {
        actors: ['interior-police'],
        lead: 'interior-police',
        indicators: ['Share of staff trained.'],
        due: '2022-06-30',
        budget: '25000 EUR',
      },
    });
    expect(byId(d, '1.10')).toMatchObject({
      kind: 'removed',
      main: 'removed',
      action: { actors: ['interior-police'] },
    });
    expect(d.actorNames['interior-police']).toEqual({ name: 'Federal Police' });
  });

  it('lists a new supersedes line, which alone leaves the editions identical in content', () => {
    const d = diff(PLAN, {}, PLAN.replace('supersedes: t-2016\n', ''));
    expect(d.plan).toEqual([{ field: 'supersedes', old: '', new: 't-2016' }]);
    expect(d.identical).toBe(true);
    expect(diff(PLAN.replace('supersedes: t-2016\n', 'supersedes: t-2016\nillustrative: true\n')).plan).toEqual([
      { field: 'illustrative', old: 'false', new: 'true' },
    ]);
  });

  it('reports added and removed actions', () => {
    const d = diff(
      PLAN.replace(
        '          - id: "1.10"\n            text: Train the police.\n',
        '          - id: "1.10"\n            text: Protect women human rights defenders online.\n',
      ),
      { threshold: 0.5 },
    );
    expect(d.summary).toMatchObject({ added: 0, removed: 0, reworded: 1 }); // same id: a heavy rewording, not a new action
    const other = diff(
      PLAN.replace(
        '          - id: "1.10"\n            text: Train the police.\n',
        '          - id: 1.z\n            text: Protect women human rights defenders online.\n',
      ),
    );
    expect(other.summary).toMatchObject({ added: 1, removed: 1 });
    expect(byId(other, '1.z').kind).toBe('added');
    expect(byId(other, '1.10').kind).toBe('removed');
  });

  it('finds nothing in common between unrelated plans', () => {
    const unrelated = `nap: 1
id: t-2020
title: Something else
period: { start: 2030, end: 2031 }
lang: en
actors: [{ id: x, name: X }]
objectives:
  - id: A
    title: Completely different
    actions: [{ id: A1, text: Plant trees along rivers., actors: [x], indicators: [Trees.] }]
`;
    const d = diff(unrelated);
    expect(d.summary).toMatchObject({ added: 1, removed: 3, unchanged: 0, reworded: 0 });
    expect(d.plan.map((f) => f.field)).toEqual(['title', 'period', 'languages', 'supersedes', 'coordinators']);
  });

  it('matches below the threshold only when it is lowered', () => {
    const text = PLAN.replace(
      '          - id: "1.10"\n            text: Train the police.\n',
      '          - id: 1.z\n            text: Train all police officers in gender.\n',
    );
    expect(diff(text, { threshold: 0.5 }).summary).toMatchObject({ added: 1, removed: 1 });
    expect(diff(text, { threshold: 0.3 }).summary).toMatchObject({
      added: 0,
      removed: 0,
      reworded: 1,
      renumbered: 0,
      aspects: { reworded: 1, renumbered: 1 },
    });
  });

  it('reports actors handed over, lead changes and renamed actors, per actor too', () => {
    const d = diff(
      PLAN.replace('actors: [interior-police]', 'actors: [foreign-affairs]\n            lead: foreign-affairs')
        .replace('lead: equality', 'lead: foreign-affairs')
        .replace('    name: Interior\n', '    name: FPS Home Affairs\n'),
    );
    expect(byId(d, '1.10')).toMatchObject({
      aspects: ['actors', 'lead'],
      actors: { added: ['foreign-affairs'], removed: ['interior-police'] },
      lead: { old: null, new: 'foreign-affairs' },
    });
    expect(byId(d, '1.a')).toMatchObject({ aspects: ['lead'], lead: { old: 'equality', new: 'foreign-affairs' } });
    const fa = d.actors.find((a) => a.id === 'foreign-affairs')!;
    expect(fa).toMatchObject({ gained: ['1.10'], leadGained: ['1.a', '1.10'] });
    expect(d.actors.find((a) => a.id === 'interior-police')).toMatchObject({ lost: ['1.10'] });
    expect(d.actors.find((a) => a.id === 'equality')).toMatchObject({ leadLost: ['1.a'] });
    expect(d.actors.find((a) => a.id === 'interior')).toMatchObject({
      renamed: { old: 'Interior', new: 'FPS Home Affairs' },
    });
    expect(d.summary.actorChanges).toBe(4);
    expect(d.summary.modified).toBe(2);
  });

  it('reports indicators added, removed and reworded, due dates and budgets', () => {
    const d = diff(
      PLAN.replace(
        '              - Periodic reporting under CEDAW.\n',
        '              - Periodic reporting under CEDAW, yearly.\n              - Shadow reports received.\n',
      )
        .replace('due: 2022', 'due: 2023\n            budget: { amount: 50000, currency: EUR }')
        .replace('        indicators: [Report sent.]\n', '        indicators: []\n'),
    );
    expect(byId(d, '1.a')).toMatchObject({
      aspects: ['indicators', 'due', 'budget'],
      indicators: {
        added: ['Shadow reports received.'],
        removed: [],
        reworded: [{ old: 'Periodic reporting under CEDAW.', new: 'Periodic reporting under CEDAW, yearly.' }],
      },
      due: { old: '2022', new: '2023' },
      budget: { old: null, new: '50000 EUR' },
    });
    expect(byId(d, '2.a')).toMatchObject({ aspects: ['indicators'], indicators: { removed: ['Report sent.'] } });
  });

  it('compares the texts of the language asked for', () => {
    const fr = (t: string) =>
      PLAN.replace(
        '            text: Apply the conventions.',
        `            text: { en: Apply the conventions., fr: ${t} }`,
      );
    const d = (lang: string) =>
      diff(fr('Appliquer les conventions internationales.'), { lang }, fr('Appliquer les conventions.'));
    expect(d('en').identical).toBe(true);
    expect(byId(d('fr'), '1.a').aspects).toEqual(['reworded']);
  });

  it('reports plan-level and structure changes', () => {
    const d = diff(
      PLAN.replace('    title: Follow-up', '    title: Follow-up and monitoring').replace(
        'period: { start: 2020, end: 2023 }',
        'period: { start: 2020, end: 2024 }',
      ),
    );
    expect(d.plan).toEqual([{ field: 'period', old: '2020-2023', new: '2020-2024' }]);
    expect(d.structure).toMatchObject([
      { level: 'objective', kind: 'changed', aspects: ['retitled'], oldId: '2', newId: '2' },
    ]);
    expect(d.identical).toBe(false);
  });
});

describe('text similarity', () => {
  it('is the weighted Dice coefficient, whichever way it is computed', async () => {
    const { matchItems, weightedSimilarity, wordWeights } = await import('../../src/core/diff/match.js');
    const { wordsOf } = await import('../../src/core/diff/words.js');
    const olds = ['Train the police in gender.', 'Report to parliament yearly.'].map((t, i) => ({
      id: `o${i}`,
      words: wordsOf(t),
    }));
    const news = ['Train the police and the army in gender.', 'Report yearly.'].map((t, i) => ({
      id: `n${i}`,
      words: wordsOf(t),
    }));
    const w = wordWeights(olds, news);
    const matches = matchItems(olds, news, { threshold: 0.3, idThreshold: 0.25 });
    for (const m of matches)
      expect(m.similarity).toBeCloseTo(weightedSimilarity(olds[m.oldIndex]!.words, news[m.newIndex]!.words, w), 10);
    expect(matches.map((m) => [m.oldIndex, m.newIndex])).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });
});
