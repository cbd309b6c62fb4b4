import { describe, expect, it } from 'vitest';
import { TemplateRenderer } from '../../src/core/render/renderer.js';
import { TemplateSource } from '../../src/core/render/template-source.js';
import { renderReport } from '../../src/core/report/documents.js';
import { reportData } from '../../src/core/report/report-data.js';
import { buildShadowModels } from '../../src/core/report/shadow-model.js';
import { ASSESSMENT, edit, type InlineFiles, PLAN, PROGRESS } from '../helpers.js';
import { bodyOf, messages, models } from '../report-helpers.js';

// The government (PROGRESS, 2021): 1.a in progress, 2.a completed, 1.10 not reported.
// Assessor A (ASSESSMENT): 1.a limited, 2.a substantial. Assessor B: 2.a no evidence, 1.10 limited, 1.a complete.
const B = `nap: 1
plan: t-2020
year: 2021
assessor: { id: b-network, name: B Network, short: B, type: academia }
illustrative: true
actions:
  "1.10":
    rating: limited
    comment: Some training, no report.
  2.a:
    rating: no-evidence
    comment: We found no report.
  1.a:
    rating: complete
    comment: Done, as far as we can see.
`;
const files: InlineFiles = { assessments: { '2021/a.yaml': ASSESSMENT, '2021/b.yaml': B } };
const rows = (list: { actionId: string; assessorId: string; steps: number }[]) =>
  list.map((r) => `${r.actionId} ${r.assessorId} ${r.steps}`);

describe('the view model of independent assessments', () => {
  it('lists where assessments differ, the largest difference first, then in the order of the plan', () => {
    const { report } = models(files, 2021);
    expect(rows(report.assessments.differences)).toEqual(['2.a b-network 3', '1.a wps-network 1', '2.a wps-network 1']);
    const top = report.assessments.differences[0]!;
    expect([top.governmentLabel, top.levelLabel, top.assessor]).toEqual(['Completed', 'No evidence available', 'B']);
  });

  it('lists actions assessed but not reported apart, and what went well', () => {
    const { report } = models(files, 2021);
    expect(rows(report.assessments.unreported)).toEqual(['1.10 b-network 0']);
    expect(rows(report.assessments.wentWell)).toEqual(['1.a b-network 0']);
  });

  it('puts each assessment under its action, after the accounts, with its comparison', () => {
    const { report } = models(files, 2021);
    const a = report.objectives[0]!.goals[0]!.actions[0]!;
    expect(a.id).toBe('1.a');
    expect(a.assessments?.map((x) => [x.assessorId, x.levelLabel, x.below])).toEqual([
      ['wps-network', 'Limited', 1],
      ['b-network', 'Complete', -1],
    ]);
    expect(a.assessments?.[0]?.indicators).toEqual([
      { label: 'Women in peace missions.', html: '<p>The figures were not published.</p>\n' },
    ]);
    const notReported = report.objectives[0]!.goals[0]!.actions[1]!;
    expect(notReported.assessments?.[0]?.below).toBeUndefined();
  });

  it('compares on a plan scale by the status each level stands for, in the document language', () => {
    const plan = edit(
      PLAN,
      'objectives:\n',
      'scales:\n  - id: basic\n    levels:\n      - { id: "no", label: { en: No, fr: Non }, status: not-started }\n      - { id: "yes", label: { en: Yes, fr: Oui }, status: completed }\nobjectives:\n',
    );
    const own = edit(edit(ASSESSMENT, 'year: 2021\n', 'year: 2021\nscale: basic\n'), 'rating: limited', 'rating: "no"');
    const scaled = edit(own, 'rating: substantial', 'rating: "yes"');
    const { report } = models({ plan, assessments: { '2021.yaml': scaled } }, 2021, 'fr');
    expect(rows(report.assessments.differences)).toEqual(['1.a wps-network 2']);
    expect(report.assessments.differences[0]!.levelLabel).toBe('Non');
    expect(rows(report.assessments.wentWell)).toEqual(['2.a wps-network 0']);
  });

  it('does not compare a discontinued action, and shows nothing for another year', () => {
    const stopped = edit(PROGRESS, 'status: completed', 'status: discontinued');
    const { report } = models({ ...files, progress: { '2021.yaml': stopped } }, 2021);
    expect(rows(report.assessments.differences).filter((r) => r.startsWith('2.a'))).toEqual([]);
    expect(models(files, 2022).report.assessments).toMatchObject({ any: false, differences: [], assessors: [] });
  });

  it('marks the model illustrative when an assessment is', () => {
    expect(models(files, 2021).report.illustrative.any).toBe(true);
    expect(models({ assessments: { '2021.yaml': ASSESSMENT } }, 2021).report.illustrative.any).toBe(false);
  });

  it('gives the brief the differences first, then not reported, then what went well', () => {
    const { brief } = models(files, 2021);
    expect(brief.assessments.differences.items[0]).toBe(
      'Action 2.a: the government says completed, B says no evidence available',
    );
    expect(brief.assessments.unreported.items).toEqual(['Action 1.10: B says limited; the government sent no account']);
    expect(brief.assessments.wentWell.items).toEqual(['Action 1.a: the government says in progress, B says complete']);
    expect(brief.questions.some((q) => q.includes('3 actions below'))).toBe(true);
  });

  it('builds one shadow report per assessor, each action with the government account beside it', () => {
    const { report } = models(files, 2021);
    const [a, b] = buildShadowModels(report);
    expect(a!.assessor.id).toBe('wps-network');
    expect(a!.items.map((i) => [i.id, i.assessment.level, i.statusLabel, i.accounts.length])).toEqual([
      ['1.a', 'limited', 'In progress', 1],
      ['2.a', 'substantial', 'Completed', 1],
    ]);
    expect(b!.levels).toEqual([
      { label: 'No evidence available', colour: '#6b6b6b', count: 1 },
      { label: 'Limited', colour: '#c25e00', count: 1 },
      { label: 'Complete', colour: '#1e7b34', count: 1 },
    ]);
    expect(rows(b!.differences)).toEqual(['2.a b-network 3']);
    // Only B's assessment is illustrative: A's shadow report does not say so.
    expect([a!.illustrative, b!.illustrative]).toEqual([false, true]);
  });

  it('gives --format json the ratings and the differences', () => {
    const data = reportData(models(files, 2021).report);
    expect(data.assessments?.differences).toEqual([
      { action: '2.a', assessor: 'b-network', steps: 3 },
      { action: '1.a', assessor: 'wps-network', steps: 1 },
      { action: '2.a', assessor: 'wps-network', steps: 1 },
    ]);
    expect(data.assessments?.assessors.map((a) => [a.id, a.type, a.scale, a.actions])).toEqual([
      ['wps-network', 'civil-society', 'completion', 2],
      ['b-network', 'academia', 'completion', 3],
    ]);
    expect(reportData(models({}, 2021).report).assessments).toBeNull();
  });

  it('renders the assessments, labelled independent (and illustrative), in the report and the shadow report', async () => {
    const { report, brief, format: f } = models(files, 2021);
    const renderer = await TemplateRenderer.create(await TemplateSource.open(), messages('en'), [
      'parliament',
      'shadow',
    ]);
    const html = renderReport({ report, brief, f, renderer }, 'parliament', false);
    const account = html.indexOf('Account by Equality Institute');
    const assessment = html.indexOf('Independent assessment by WPS Network');
    expect(account).toBeGreaterThan(0);
    expect(assessment).toBeGreaterThan(account);
    expect(html).toContain('<h1>Where assessments differ</h1>');
    expect(html).toContain('Illustrative assessment written to demonstrate nap');
    const shadow = renderReport({ report, brief, shadow: buildShadowModels(report)[1]!, f, renderer }, 'shadow', false);
    expect(shadow).toContain('<h1>By B Network</h1>');
    expect(shadow).toContain('The government&#x27;s account');
    expect(shadow).toContain('The government sent no account of this action for 2021.');
    expect(shadow).toContain('Illustrative assessment written to demonstrate nap');
  });

  for (const lang of ['en', 'fr', 'nl']) {
    it(`match their snapshots: the brief and a shadow report with assessments (${lang})`, async () => {
      const { report, brief, format: f } = models(files, 2021, lang);
      const renderer = await TemplateRenderer.create(await TemplateSource.open(), messages(lang), ['brief', 'shadow']);
      const shadow = buildShadowModels(report)[0]!;
      await expect(bodyOf(renderReport({ report, brief, f, renderer }, 'brief', false))).toMatchFileSnapshot(
        `__snapshots__/brief-assessed.${lang}.html`,
      );
      await expect(bodyOf(renderReport({ report, brief, shadow, f, renderer }, 'shadow', false))).toMatchFileSnapshot(
        `__snapshots__/shadow.${lang}.html`,
      );
    });
  }
});
