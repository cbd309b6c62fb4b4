import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../src/core/diff/diff-plans.js';
import { discoverPlans } from '../../src/core/load/discover.js';
import { loadPlan } from '../../src/core/validate/load-plan.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const load = async (id: string) => (await loadPlan((await discoverPlans([id], repo))[0]!, repo)).plan;

describe('the Belgian plan against its illustrative revision (plans/be-2013-rev, whose header lists the edits)', () => {
  it('finds every edit listed in the revision and nothing else', async () => {
    const d = diffPlans(await load('be-2013'), await load('be-2013-rev'), {
      threshold: 0.5,
      idThreshold: 0.25,
      lang: 'en',
    });
    const ids = (pred: (c: (typeof d.changes)[number]) => boolean) =>
      d.changes
        .filter(pred)
        .map((c) => (c.oldId && c.newId && c.oldId !== c.newId ? `${c.oldId}>${c.newId}` : (c.newId ?? c.oldId)));
    expect(ids((c) => c.kind === 'removed').sort()).toEqual(['10.a', '16.c', '24.d', '4.f']);
    expect(ids((c) => c.kind === 'added').sort()).toEqual(['14.e', '18.f', '25.e', '28.h', '38.a', '38.b']);
    expect(ids((c) => c.aspects.includes('moved')).sort()).toEqual(['17.c>14.d', '4.d>28.g', '8.b>29.c']);
    expect(ids((c) => c.aspects.includes('reworded')).sort()).toEqual(['19.b', '29.a', '33', '4.a', '8.b>29.c']);
    expect(ids((c) => c.aspects.includes('renumbered')).sort()).toEqual([
      '10.b>10.a',
      '10.c>10.b',
      '10.d>10.c',
      '10.e>10.d',
      '10.f>10.e',
      '10.g>10.f',
      '17.c>14.d',
      '4.d>28.g',
      '8.b>29.c',
    ]);
    expect(ids((c) => c.aspects.includes('actors')).sort()).toEqual(['14.c', '17.a', '20.a', '24.a', '35']);
    expect(ids((c) => c.aspects.includes('lead')).sort()).toEqual(['14.a', '26.c', '34']);
    expect(ids((c) => c.aspects.includes('indicators')).sort()).toEqual(['18.c', '24.b', '25.c', '7.c']);
    expect(ids((c) => c.aspects.includes('due')).sort()).toEqual(['13.b', '16.b', '5.b']);
    expect(ids((c) => c.aspects.includes('budget')).sort()).toEqual(['3.a', '31']);
    // each action once, under its main change: 8.b > 29.c is moved (also renumbered and reworded)
    expect(d.summary).toMatchObject({
      added: 6,
      removed: 4,
      moved: 3,
      reworded: 4,
      renumbered: 6,
      modified: 17,
      unchanged: 68,
      aspects: { reworded: 5, renumbered: 9, moved: 3, actors: 5, lead: 3, indicators: 4, due: 3, budget: 2 },
    });
    expect(d.plan.map((f) => f.field)).toEqual(['title', 'edition', 'period', 'supersedes', 'illustrative']);
    // typography only (28.a, 22): not reworded
    expect(ids(() => true)).not.toContain('28.a');
    expect(ids(() => true)).not.toContain('22');
    expect(d.structure.map((s) => `${s.kind} ${s.level} ${s.newId ?? s.oldId} ${s.aspects.join('+')}`)).toEqual([
      'changed objective 4 retitled',
      'added goal 38 ',
    ]);
    expect(d.actors.find((a) => a.id === 'development')?.renamed?.new).toBe(
      'Directorate-General Development Cooperation and Humanitarian Aid',
    );
    expect(d.actors.find((a) => a.id === 'digital-agenda')).toMatchObject({
      kind: 'added',
      gained: ['14.e'],
      leadGained: ['14.e'],
    });
  });
});
