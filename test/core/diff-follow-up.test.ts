import { describe, expect, it } from 'vitest';
import { diffPlans } from '../../src/core/diff/diff-plans.js';
import type { ProgressFileData } from '../../src/core/model/progress-index.js';
import type { Plan, Progress } from '../../src/core/model/types.generated.js';
import { checkInline, PLAN } from '../helpers.js';

function plan(text: string): Plan {
  const r = checkInline({ plan: text, progress: {} });
  if (!r.plan.data) throw new Error('invalid test plan');
  return r.plan.data;
}
const progress = (year: number, actions: Progress['actions'], extra: Partial<Progress> = {}): ProgressFileData => ({
  file: `progress/${year}.yaml`,
  data: { nap: 1, plan: 't-2020', year, actions, ...extra },
});
const follow = (newText: string, files: ProgressFileData[]) =>
  diffPlans(plan(PLAN), plan(newText), { threshold: 0.5, idThreshold: 0.25, lang: 'en', oldProgress: files }).followUp;

// The old edition: 1.a, 1.10 and 2.a. The new one drops 1.10, renumbers 1.a to 1.b, keeps 2.a.
const NEXT = PLAN.replace('id: t-2020', 'id: t-2024')
  .replace('supersedes: t-2016', 'supersedes: t-2020')
  .replace('- id: 1.a', '- id: 1.b')
  .replace(/ {10}- id: "1\.10"\n {12}text: Train the police\.\n[\s\S]*?actors: \[interior-police\]\n/, '');

describe('nap diff follows the old edition’s commitments through its progress', () => {
  it('says which unfinished commitments were dropped or carried over (under which id), which completed ones repeated', () => {
    const fu = follow(NEXT, [
      progress(2021, { '1.a': { status: 'in-progress' }, '2.a': { status: 'in-progress' } }),
      progress(2022, { '1.a': { status: 'delayed' }, '2.a': { status: 'completed' } }),
    ])!;
    expect(fu.years).toEqual([2021, 2022]);
    expect(fu.actions).toEqual([
      { oldId: '1.a', text: 'Apply the conventions.', status: 'delayed', year: 2022, fate: 'carried', newId: '1.b' },
      { oldId: '1.10', text: 'Train the police.', status: 'not-reported', fate: 'dropped' },
      { oldId: '2.a', text: 'Report yearly.', status: 'completed', year: 2022, fate: 'repeated', newId: '2.a' },
    ]);
    expect(fu.counts).toEqual({ dropped: 1, carried: 1, repeated: 1, concluded: 0 });
    expect(fu.illustrative).toBe(false);
  });

  it('keeps the last year an action was reported in, combines several reports, and ends completed ones not repeated', () => {
    const without2a = NEXT.replace(
      / {6}- id: 2\.a\n[\s\S]*$/,
      '      - id: 2.z\n        text: Publish the plan.\n        indicators: [Published.]\n        actors: [equality]\n',
    );
    const fu = follow(without2a, [
      progress(2021, { '2.a': { status: 'completed' }, '1.10': { status: 'discontinued' } }, { illustrative: true }),
      progress(2022, { '1.a': { status: 'completed' } }, { reporter: 'foreign-affairs' }),
      progress(2022, { '1.a': { status: 'in-progress' } }, { reporter: 'equality' }),
    ])!;
    const by = (id: string) => fu.actions.find((a) => a.oldId === id)!;
    expect(by('2.a')).toMatchObject({ status: 'completed', year: 2021, fate: 'concluded' });
    expect(by('2.a').newId).toBeUndefined();
    expect(by('1.10')).toMatchObject({ status: 'discontinued', year: 2021, fate: 'dropped' }); // discontinued is unfinished
    expect(by('1.a')).toMatchObject({ status: 'in-progress', year: 2022, fate: 'carried' }); // the least advanced report
    expect(fu.illustrative).toBe(true);
  });

  it('is absent without progress files', () => {
    expect(follow(NEXT, [])).toBeUndefined();
  });
});
