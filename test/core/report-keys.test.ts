import { describe, expect, it } from 'vitest';
import { edit, PLAN, PROGRESS } from '../helpers.js';
import { models, renderHtml } from '../report-helpers.js';

// Ids that are names of Object.prototype: a lookup in a plain object would find Object's own.
const PLAN_PROTO = edit(edit(PLAN, '- id: women-missions', '- id: constructor'), '- id: 2.a', '- id: toString');
const PROGRESS_PROTO = edit(
  edit(PROGRESS, 'women-missions: { women: 40, men: 400 }', 'constructor: { women: 40, men: 400 }'),
  '  2.a:',
  '  toString:',
);

describe('ids named like Object.prototype members', () => {
  it('are looked up as the plan wrote them: values shown, never NaN', async () => {
    const { report } = models({ plan: PLAN_PROTO, progress: { '2021.yaml': PROGRESS_PROTO } }, 2021);
    const actions = report.objectives.flatMap((o) => [...o.goals.flatMap((g) => g.actions), ...o.actions]);
    const indicator = actions.find((a) => a.id === '1.a')!.indicators.find((i) => i.position === 2)!;
    expect(indicator.values.map((v) => v.value)).toEqual(['women 40, men 400']);
    expect(actions.find((a) => a.id === 'toString')!.status).toBe('completed');
    const html = await renderHtml({ plan: PLAN_PROTO, progress: { '2021.yaml': PROGRESS_PROTO } }, 2021);
    expect(html.parliament).not.toContain('NaN');
    expect(html.parliament).not.toContain('function');
  });

  it('an indicator that was not reported shows no value, even when its id is "constructor"', () => {
    const progress = edit(PROGRESS_PROTO, '      constructor: { women: 40, men: 400 }\n', '');
    const { report } = models({ plan: PLAN_PROTO, progress: { '2021.yaml': progress } }, 2021);
    const action = report.objectives[0]!.goals[0]!.actions.find((a) => a.id === '1.a')!;
    expect(action.indicators.find((i) => i.position === 2)!.values).toEqual([]);
  });
});

describe('numbers as a reader expects them', () => {
  it('-0 is written 0', () => {
    const progress = edit(
      PROGRESS,
      'women-missions: { women: 40, men: 400 }',
      'women-missions: { women: -0, men: 400 }',
    );
    const { report } = models({ progress: { '2021.yaml': progress } }, 2021);
    const indicator = report.objectives[0]!.goals[0]!.actions[0]!.indicators[1]!;
    expect(indicator.values[0]!.value).toBe('women 0, men 400');
  });
});

describe('anchors', () => {
  it('differ for every pair of ids the schema allows to differ (1.a, 1-a, 1a)', () => {
    const plan = edit(edit(PLAN, '- id: 2.a', '- id: 1-a'), '- id: "1.10"', '- id: 1a');
    const { report } = models({ plan, progress: {} }, 2021);
    const anchors = report.objectives
      .flatMap((o) => [...o.goals.flatMap((g) => g.actions), ...o.actions])
      .map((a) => a.anchor);
    expect(new Set(anchors).size).toBe(anchors.length);
  });
});
