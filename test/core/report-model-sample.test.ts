import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discoverPlans } from '../../src/core/load/discover.js';
import { Formatter } from '../../src/core/model/format.js';
import { createMarkdown } from '../../src/core/render/markdown.js';
import { buildReportModel } from '../../src/core/report/build-model.js';
import { loadPlan } from '../../src/core/validate/load-plan.js';
import { messages, NOW } from '../report-helpers.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));

async function sample(year: number) {
  const loaded = await loadPlan((await discoverPlans(['be-2013'], repo))[0]!, repo);
  return buildReportModel({
    plan: loaded.plan,
    progress: loaded.progress,
    narratives: loaded.narratives,
    year,
    format: new Formatter('en', messages('en')),
    markdown: createMarkdown(),
    now: NOW,
  });
}

describe('the report model of the Belgian sample (illustrative progress data)', () => {
  it('counts the 102 actions per status in 2015, the unreported included', async () => {
    const m = await sample(2015);
    expect(m.totalActions).toBe(102);
    expect(Object.fromEntries(m.totals.map((t) => [t.status, t.count]))).toEqual({
      completed: 9,
      'in-progress': 70,
      delayed: 4,
      'not-started': 2,
      discontinued: 1, // 4.e, discontinued in 2014
      'not-reported': 16,
    });
    expect(m.objectives.map((o) => o.total)).toEqual([16, 28, 24, 14, 15, 5]);
    expect(m.illustrative).toEqual({ plan: false, progress: true, narrative: true, any: true });
    // The illustrative narrative of 2015: no foreword, the other sections in order.
    expect([...m.narrative!.front, ...m.narrative!.back].map((s) => s.key)).toEqual([
      'introduction',
      'methodology',
      'highlights',
      'conclusions',
      'consultation',
    ]);
    expect(m.narrative!.back[0]!.markdown).toMatch(/^Illustrative: /);
    expect(m.previousYear).toBe(2014);
  });

  it('lists who has not reported, most missing first, also where a co-responsible actor did', async () => {
    const m = await sample(2015);
    expect(m.notReported.map((a) => [a.id, a.actions.length])).toEqual([
      ['foreign-affairs', 29],
      ['development', 26],
      ['defence', 17],
      ['interior', 12],
      ['justice', 12],
      ['interior-federal-police', 5],
      ['equality', 4],
    ]);
    const fa = m.byActor.find((a) => a.id === 'foreign-affairs')!;
    // 3.a was reported by Justice only: Foreign Affairs' own status is not reported.
    expect(fa.actions.find((a) => a.id === '3.a')).toMatchObject({
      status: 'not-reported',
      reportedBy: 'reported by Justice',
    });
    expect(fa.actions.find((a) => a.id === '4.e')).toMatchObject({ status: 'discontinued', discontinuedSince: 2014 });
  });

  it('derives the share of women of the sex-disaggregated instruments', async () => {
    const m = await sample(2015);
    const action = m.objectives
      .flatMap((o) => o.goals)
      .flatMap((g) => g.actions)
      .find((a) => a.id === '23.a')!;
    const indicator = action.indicators[0]!;
    expect(indicator.text).toBe('Changes in percentage of Belgian women in peace missions.');
    expect(indicator.values).toEqual([{ value: 'women 29, men 418', womenShare: '6.5% women', total: 'total 447' }]);
    expect(indicator.trendLabel).toBe('The share of women fell from 8.6% (2014) to 6.5%');
    expect(indicator.progress?.label).toBe('Moving away from the target');
    expect(indicator.target).toBe('women 60, men 400 in 2016 (total 460, 13% women) — illustrative, not official');
  });

  it('shows the accounts of two departments for one action, with the less advanced status', async () => {
    const m = await sample(2015);
    const action = m.objectives
      .flatMap((o) => o.goals)
      .flatMap((g) => g.actions)
      .find((a) => a.id === '6.a')!;
    expect(action.accounts.map((a) => [a.reporter, a.statusLabel])).toEqual([
      ['Defence', 'Completed'],
      ['Foreign Affairs', 'In progress'],
    ]);
    expect(action.status).toBe('in-progress');
  });
});
