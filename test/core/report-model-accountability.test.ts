import { describe, expect, it } from 'vitest';
import { classifyProgress } from '../../src/core/model/progress-class.js';
import { PLAN, PROGRESS } from '../helpers.js';
import { models } from '../report-helpers.js';

const actionsOf = (m: ReturnType<typeof models>['report']) =>
  m.objectives.flatMap((o) => [...o.goals.flatMap((g) => g.actions), ...o.actions]);

const YEAR_2020 = `nap: 1
plan: t-2020
year: 2020
actions:
  1.a:
    status: in-progress
    indicators:
      women-missions: { women: 50, men: 350 }
  "1.10":
    status: in-progress
    indicators:
      trained-share: 20
  2.a:
    status: discontinued
`;

const withTargets = PLAN.replace(
  'baseline: { year: 2019, value: { women: 31, men: 412 } }',
  'baseline: { year: 2019, value: { women: 31, men: 412 } }\n                target: { year: 2023, value: { women: 200, men: 200 } }',
).replace(
  '                unit: percent\n',
  '                unit: percent\n                baseline: { year: 2019, value: 10 }\n                target: { year: 2023, value: 50 }\n',
);

describe('accountability per actor', () => {
  it('an action with two actors where one reported: expected, reported, missing, and each its own status', () => {
    const { report } = models({}, 2021);
    const a = actionsOf(report).find((x) => x.id === '1.a')!;
    expect([a.expected, a.reported, a.missing]).toEqual([
      ['foreign-affairs', 'equality'],
      ['equality'],
      ['foreign-affairs'],
    ]);
    const own = (actor: string) => report.byActor.find((x) => x.id === actor)!.actions.find((x) => x.id === '1.a')!;
    expect(own('equality').status).toBe('in-progress');
    expect(own('foreign-affairs').status).toBe('not-reported');
    expect(report.notReported.find((x) => x.id === 'foreign-affairs')!.actions.map((x) => x.id)).toEqual(['1.a']);
  });

  it('a file without reporter answers for every actor of the actions it reports', () => {
    const whole = PROGRESS.replace('reporter: equality\n', '');
    const { report } = models({ progress: { '2021.yaml': whole } }, 2021);
    expect(actionsOf(report).find((x) => x.id === '1.a')!.missing).toEqual([]);
    expect(report.notReported.map((x) => x.id)).toEqual(['interior-police']);
  });

  it('a parent reporting answers for the actor under it', () => {
    const byInterior = `nap: 1\nplan: t-2020\nyear: 2021\nreporter: interior\nactions:\n  "1.10":\n    status: delayed\n`;
    const { report } = models({ progress: { '2021/equality.yaml': PROGRESS, '2021/interior.yaml': byInterior } }, 2021);
    expect(actionsOf(report).find((x) => x.id === '1.10')!.reported).toEqual(['interior-police']);
  });

  it('a discontinued action in the next year: discontinued since then, not missing, not a setback', () => {
    const noTwoA = PROGRESS.replace(/ {2}2\.a:\n {4}status: completed\n/, '');
    const { report, brief } = models({ progress: { '2020.yaml': YEAR_2020, '2021.yaml': noTwoA } }, 2021);
    const a = actionsOf(report).find((x) => x.id === '2.a')!;
    expect([a.status, a.discontinuedSince, a.missing, a.setback]).toEqual(['discontinued', 2020, [], false]);
    expect(a.discontinuedLabel).toBe('Discontinued since 2020');
    expect(report.notReported.flatMap((x) => x.actions.map((y) => y.id))).not.toContain('2.a');
    expect(brief.notReported.items.join(' ')).not.toMatch(/Equality/);
    const { report: later } = models(
      {
        progress: {
          '2020.yaml': YEAR_2020,
          '2021.yaml': noTwoA,
          '2022.yaml': noTwoA.replace('year: 2021', 'year: 2022'),
        },
      },
      2022,
    );
    expect(actionsOf(later).find((x) => x.id === '2.a')!.discontinuedSince).toBe(2020);
  });

  it('marks a real setback, and a report that stops coming as missing', () => {
    const back = PROGRESS.replace('status: completed', 'status: delayed');
    const before = YEAR_2020.replace('status: discontinued', 'status: completed');
    const { report } = models({ progress: { '2020.yaml': before, '2021.yaml': back } }, 2021);
    const two = actionsOf(report).find((x) => x.id === '2.a')!;
    expect([two.change?.direction, two.setback]).toEqual(['down', true]);
    const ten = actionsOf(report).find((x) => x.id === '1.10')!;
    expect([ten.change?.direction, ten.setback]).toEqual(['missing', false]);
  });
});

describe('trends and targets', () => {
  it('a falling share of women: values by year with totals and shares, and the fall in words', () => {
    const { report } = models({ progress: { '2020.yaml': YEAR_2020, '2021.yaml': PROGRESS } }, 2021);
    const ind = actionsOf(report).find((x) => x.id === '1.a')!.indicators[1]!;
    expect(ind.figures!.series.map((s) => [s.year, s.figure?.total, s.figure?.shareWomen])).toEqual([
      [2020, 400, 12.5],
      [2021, 440, 9.0909],
    ]);
    expect(ind.trendLabel).toBe('The share of women fell from 12.5% (2020) to 9.1%');
    expect(ind.setback).toBe(false); // no target: a fall is told, not judged
  });

  it('a target approached and one moving away, classified and marked with words', () => {
    const up = `nap: 1\nplan: t-2020\nyear: 2021\nactions:\n  "1.10":\n    status: in-progress\n    indicators:\n      trained-share: 20\n  1.a:\n    status: in-progress\n    indicators:\n      women-missions: { women: 30, men: 420 }\n`;
    const { report, brief } = models(
      { plan: withTargets, progress: { '2020.yaml': YEAR_2020, '2021.yaml': up } },
      2021,
    );
    const share = actionsOf(report).find((x) => x.id === '1.10')!.indicators[0]!;
    expect(share.progress).toEqual({ class: 'needs-acceleration', mark: '→', label: 'Needs acceleration' });
    expect(share.distance).toBe('30 percentage points to go to the target');
    const women = actionsOf(report).find((x) => x.id === '1.a')!.indicators[1]!;
    expect(women.progress).toEqual({ class: 'moving-away', mark: '▼', label: 'Moving away from the target' });
    expect(women.setback).toBe(true);
    expect(brief.away.items[0]).toMatch(/^Action 1\.a: Women in peace missions\. — 12\.5% women → 6\.7% women/);
  });

  it('classifies growth achieved against growth needed (Open SDG, after Statistics Canada)', () => {
    const start = { year: 2019, value: 10 };
    const target = { year: 2023, value: 50 };
    const at = (value: number) => classifyProgress(start, { year: 2021, value }, target)?.class;
    expect([at(50), at(30), at(20), at(12), at(8)]).toEqual([
      'achieved',
      'on-track',
      'needs-acceleration',
      'limited',
      'moving-away',
    ]);
    // Open SDG's boundary between the two middle classes is 60% of the growth needed.
    expect([at(17.5), at(16.2)]).toEqual(['needs-acceleration', 'limited']); // ratios 0.65 and 0.55
    // A target below the start (fewer is better) works the same way.
    expect(
      classifyProgress({ year: 2019, value: 50 }, { year: 2021, value: 60 }, { year: 2023, value: 10 })?.class,
    ).toBe('moving-away');
    expect(classifyProgress(start, { year: 2019, value: 20 }, target)).toBeUndefined();
  });
});
