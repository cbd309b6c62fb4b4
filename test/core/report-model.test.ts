import { describe, expect, it } from 'vitest';
import { edit, PLAN, PROGRESS } from '../helpers.js';
import { models } from '../report-helpers.js';

const PREVIOUS = `nap: 1
plan: t-2020
year: 2020
actions:
  1.a:
    status: not-started
    indicators:
      women-missions: { women: 50, men: 350 }
  "1.10":
    status: in-progress
  2.a:
    status: in-progress
`;

const count = (m: ReturnType<typeof models>['report'], status: string) =>
  m.totals.find((t) => t.status === status)!.count;

describe('the report view model', () => {
  it('counts statuses, not-reported included, with shares', () => {
    const { report } = models({}, 2021);
    expect(report.totalActions).toBe(3);
    expect(count(report, 'in-progress')).toBe(1);
    expect(count(report, 'completed')).toBe(1);
    expect(count(report, 'not-reported')).toBe(1);
    expect(report.totals.find((t) => t.status === 'completed')!.share).toBe('33%');
    expect(report.objectives.map((o) => o.total)).toEqual([2, 1]);
  });

  it('lists the actions not reported under each responsible actor', () => {
    const { report } = models({}, 2021);
    expect(report.notReported.map((a) => [a.id, a.actions.map((x) => [x.id, x.reportedBy])])).toEqual([
      ['interior-police', [['1.10', undefined]]],
      ['foreign-affairs', [['1.a', 'reported by Equality Institute']]],
    ]);
    expect(report.byActor.find((a) => a.id === 'equality')!.actions.map((a) => [a.id, a.status, a.lead])).toEqual([
      ['1.a', 'in-progress', true],
      ['2.a', 'completed', false],
    ]);
  });

  it('shows a year without progress with every action not reported, and a warning', () => {
    const { report } = models({ progress: {} }, 2022);
    expect(count(report, 'not-reported')).toBe(3);
    expect(report.warnings[0]).toMatch(/no progress was reported for 2022/);
  });

  it('derives the share of women of sex-disaggregated values, with baseline and target', () => {
    const { report } = models({}, 2021);
    const ind = report.objectives[0]!.goals[0]!.actions[0]!.indicators[1]!;
    expect(ind.values).toEqual([{ value: 'women 40, men 400', womenShare: '9.1% women', total: 'total 440' }]);
    expect(ind.baseline).toBe('women 31, men 412 in 2019 (total 443, 7% women)');
    expect(ind.figures).toMatchObject({
      progressBy: 'share-women',
      current: { total: 440, shareWomen: 9.0909 },
      baseline: { total: 443, shareWomen: 6.9977 },
    });
  });

  it('marks the lead and formats the narrative as safe Markdown', () => {
    const { report } = models(
      { progress: { '2021.yaml': edit(PROGRESS, 'summary: Half done.', 'summary: "**Half** done <b>now</b>"') } },
      2021,
    );
    const action = report.objectives[0]!.goals[0]!.actions[0]!;
    expect(action.actors).toEqual([
      {
        id: 'foreign-affairs',
        name: 'Foreign Affairs',
        lead: false,
        reported: false,
        status: 'not-reported',
        statusLabel: 'Not reported',
      },
      {
        id: 'equality',
        name: 'Equality Institute',
        lead: true,
        reported: true,
        status: 'in-progress',
        statusLabel: 'In progress',
      },
    ]);
    expect(action.accounts[0]!.summaryHtml).toBe('<p><strong>Half</strong> done &lt;b&gt;now&lt;/b&gt;</p>\n');
  });

  it('shows the change since the previous year where that year has data', () => {
    const { report } = models({ progress: { '2020.yaml': PREVIOUS, '2021.yaml': PROGRESS } }, 2021);
    const [a, b] = report.objectives[0]!.goals[0]!.actions;
    expect(report.previousYear).toBe(2020);
    expect(a!.change).toEqual({ previousLabel: '2020: Not started', direction: 'up' });
    // A report that stops coming is missing, not a setback.
    expect(b!.change).toEqual({ previousLabel: '2020: In progress', direction: 'missing' });
    expect([a!.setback, b!.setback]).toEqual([false, false]);
    const { report: first } = models({}, 2021);
    expect(first.objectives[0]!.goals[0]!.actions[0]!.change).toBeUndefined();
  });

  it('takes the least advanced status of several reporters, and shows each account', () => {
    const other = edit(
      edit(PROGRESS, 'reporter: equality', 'reporter: foreign-affairs'),
      'status: in-progress',
      'status: delayed',
    ).replace(/ {2}2\.a:\n {4}status: completed\n/, '');
    const { report } = models(
      { progress: { '2021/equality.yaml': PROGRESS, '2021/foreign-affairs.yaml': other } },
      2021,
    );
    const a = report.objectives[0]!.goals[0]!.actions[0]!;
    expect(a.status).toBe('delayed');
    expect(a.accounts.map((x) => [x.reporter, x.statusLabel])).toEqual([
      ['Equality Institute', 'In progress'],
      ['Foreign Affairs', 'Delayed'],
    ]);
  });

  it('uses the plan labels for level names', () => {
    const plan = (base: string) =>
      base.replace(
        'coordinators: [equality]\n',
        'coordinators: [equality]\nlabels: { objective: Pillar, action: Line of action }\n',
      );
    const { report } = models({ plan: plan(PLAN) }, 2021);
    expect(report.labels).toMatchObject({ objective: 'Pillar', action: 'Line of action', goal: 'Goal' });
    expect(report.objectives[0]!.heading).toBe('Pillar 1. Normative framework');
  });
});

describe('the brief view model', () => {
  it('has headline figures, and what moved away from its target', () => {
    const withTarget = (p: string) =>
      p.replace(
        'baseline: { year: 2019, value: { women: 31, men: 412 } }',
        'baseline: { year: 2019, value: { women: 31, men: 412 } }\n                target: { year: 2023, value: { women: 200, men: 200 } }',
      );
    const { brief } = models(
      { plan: withTarget(PLAN), progress: { '2020.yaml': PREVIOUS, '2021.yaml': PROGRESS } },
      2021,
    );
    expect(brief.headline.map((h) => `${h.value} ${h.label}`)).toEqual([
      '3 actions in the plan',
      '33% completed',
      '0 delayed',
      '1 not reported',
    ]);
    expect(brief.away.items).toEqual([
      'Action 1.a: Women in peace missions. — 12.5% women → 9.1% women (target 50% women)',
    ]);
    expect(brief.questions.some((q) => q.includes('Women in peace missions moving away'))).toBe(true);
  });
});
