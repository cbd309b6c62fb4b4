import { describe, expect, it } from 'vitest';
import { reportData } from '../../src/core/report/report-data.js';
import { edit, PLAN, PROGRESS } from '../helpers.js';
import { models } from '../report-helpers.js';

// The parts of an official report (issue 11, part 4): cover, previous year, spending,
// submissions, abbreviations; each on inline data.

const BY_INTERIOR = `nap: 1
plan: t-2020
year: 2021
reporter: interior-police
submitted: "2022-02-03"
notes: { en: Figures from the **police** database., fr: Chiffres de la base de données de la police. }
actions:
  "1.10":
    status: delayed
    spent: { amount: 200.5, currency: USD }
  1.a:
    status: in-progress
    spent: { amount: 1000, currency: EUR }
`;

const WITH_SPENDING = edit(
  PROGRESS,
  '  2.a:\n    status: completed\n',
  '  2.a:\n    status: completed\n    spent: { amount: 2500, currency: EUR }\n',
);

describe('the cover', () => {
  it('names the edition and the coordinators', () => {
    const { report } = models({ plan: edit(PLAN, 'lang: en\n', 'lang: en\nedition: 3\n') }, 2021);
    expect(report.edition).toBe('National action plan no. 3');
    expect(report.coordinators).toEqual([{ id: 'equality', name: 'Equality Institute' }]);
    const fr = models({ plan: edit(PLAN, 'lang: en\n', 'lang: en\nedition: 3\n') }, 2021, 'fr').report;
    expect([fr.edition, fr.coordinators[0]!.name]).toEqual(["Plan d'action national n° 3", "Institut pour l'égalité"]);
  });

  it('says nothing of an edition the plan does not give', () => {
    expect(models({}, 2021).report.edition).toBeUndefined();
  });
});

describe('the summary', () => {
  it("gives the previous year's counts beside this year's, per objective and in all", () => {
    const y2020 = `nap: 1\nplan: t-2020\nyear: 2020\nactions:\n  1.a:\n    status: not-started\n  2.a:\n    status: in-progress\n`;
    const { report } = models({ progress: { '2020.yaml': y2020, '2021.yaml': PROGRESS } }, 2021);
    const of = (c: typeof report.totals) => Object.fromEntries(c.map((x) => [x.status, [x.count, x.previous]]));
    expect(of(report.totals)).toMatchObject({
      completed: [1, 0],
      'in-progress': [1, 1],
      'not-started': [0, 1],
      'not-reported': [1, 1],
    });
    expect(of(report.objectives[1]!.counts)).toMatchObject({ completed: [1, 0], 'in-progress': [0, 1] });
    expect(reportData(report).previousTotals).toMatchObject({ completed: 0, 'in-progress': 1, 'not-started': 1 });
  });

  it('has no previous counts when the year before has no progress', () => {
    const { report } = models({}, 2021);
    expect(report.totals.every((c) => c.previous === undefined)).toBe(true);
    expect(reportData(report).previousTotals).toBeNull();
  });
});

describe('spending', () => {
  it('is added per objective and per actor for the year, each currency apart', () => {
    const { report } = models(
      { progress: { '2021/equality.yaml': WITH_SPENDING, '2021/police.yaml': BY_INTERIOR } },
      2021,
    );
    const s = report.spending;
    expect(s.any).toBe(true);
    expect(s.total.map((m) => [m.currency, m.amount])).toEqual([
      ['EUR', 3500],
      ['USD', 200.5],
    ]);
    expect(s.totalText).toBe('€3,500; $201');
    expect(s.byObjective.map((r) => [r.id, r.amounts.map((m) => m.text), r.actions])).toEqual([
      ['1', ['€1,000', '$201'], 2],
      ['2', ['€2,500'], 1],
    ]);
    expect(s.byActor.map((r) => [r.id, r.label, r.amounts.map((m) => m.amount)])).toEqual([
      ['interior-police', 'Federal Police', [1000, 200.5]],
      ['equality', 'Equality Institute', [2500]],
    ]);
    expect(reportData(report).spending.byActor[0]).toEqual({
      actor: 'interior-police',
      amounts: [
        { currency: 'EUR', amount: 1000 },
        { currency: 'USD', amount: 200.5 },
      ],
      actions: 2,
    });
  });

  it('of a file without reporter is listed apart from the actors', () => {
    const whole = edit(WITH_SPENDING, 'reporter: equality\n', '');
    const { report } = models({ progress: { '2021.yaml': whole } }, 2021);
    expect(report.spending.byActor).toEqual([
      expect.objectContaining({ label: 'The whole plan (one file without reporter)', actions: 1 }),
    ]);
    expect(report.spending.byActor[0]!.id).toBeUndefined();
    expect(reportData(report).spending.byActor[0]!.actor).toBeNull();
  });

  it('is empty, not zero, when nothing was spent', () => {
    const { report } = models({}, 2021);
    expect([report.spending.any, report.spending.total, report.spending.byActor]).toEqual([false, [], []]);
  });
});

describe('the table of submissions', () => {
  it('has a row per file of the year: reporter, date, notes and actions reported', () => {
    const { report } = models({ progress: { '2021/equality.yaml': PROGRESS, '2021/police.yaml': BY_INTERIOR } }, 2021);
    expect(report.submissions.map((s) => [s.reporter, s.submitted, s.actions])).toEqual([
      ['Equality Institute', undefined, 2],
      ['Federal Police', 'February 3, 2022', 2],
    ]);
    expect(report.submissions[1]!.notesHtml).toContain('<strong>police</strong>');
    expect(reportData(report).submissions[1]).toEqual({
      reporter: 'interior-police',
      submitted: '2022-02-03',
      notes: 'Figures from the **police** database.',
      actions: 2,
    });
    const fr = models({ progress: { '2021/police.yaml': BY_INTERIOR } }, 2021, 'fr').report;
    expect(fr.submissions[0]!.submitted).toBe('3 février 2022');
    expect(fr.submissions[0]!.notes).toBe('Chiffres de la base de données de la police.');
  });

  it('is one row for a year with one file without reporter, and leaves out other years', () => {
    const y2020 = `nap: 1\nplan: t-2020\nyear: 2020\nactions:\n  2.a:\n    status: in-progress\n`;
    const whole = edit(PROGRESS, 'reporter: equality\n', 'submitted: "2022-01-10"\n');
    const { report } = models({ progress: { '2020.yaml': y2020, '2021.yaml': whole } }, 2021);
    expect(report.submissions).toEqual([
      expect.objectContaining({
        reporter: 'The whole plan (one file without reporter)',
        submittedIso: '2022-01-10',
        actions: 2,
      }),
    ]);
  });
});

describe('the abbreviations', () => {
  const glossary = `glossary:
  - term: CSW
    meaning: { en: Commission on the Status of Women, fr: Commission de la condition de la femme }
  - term: { en: UN, fr: ONU }
    meaning: { en: United Nations, fr: Nations unies }
actors:
`;
  const plan = edit(
    edit(PLAN, 'actors:\n', glossary),
    '    name: Federal Police\n',
    '    name: Federal Police\n    short: FedPol\n',
  );

  it("list the actors' short names and the plan's glossary, by term", () => {
    const { report } = models({ plan }, 2021);
    expect(report.abbreviations).toEqual([
      { term: 'CSW', meaning: 'Commission on the Status of Women', source: 'glossary' },
      { term: 'FedPol', meaning: 'Federal Police', source: 'actor' },
      { term: 'UN', meaning: 'United Nations', source: 'glossary' },
    ]);
    expect(reportData(report).abbreviations).toHaveLength(3);
  });

  it('take the language of the document from text maps', () => {
    const { report } = models({ plan }, 2021, 'fr');
    expect(report.abbreviations.map((a) => `${a.term}: ${a.meaning}`)).toEqual([
      'CSW: Commission de la condition de la femme',
      'FedPol: Federal Police',
      'ONU: Nations unies',
    ]);
  });

  it('are empty for a plan without short names or glossary', () => {
    expect(models({}, 2021).report.abbreviations).toEqual([]);
  });
});

describe('the rendered report', () => {
  it('shows the edition, the previous year, spending, submissions and abbreviations', async () => {
    const { renderHtml } = await import('../report-helpers.js');
    const y2020 = `nap: 1\nplan: t-2020\nyear: 2020\nactions:\n  2.a:\n    status: in-progress\n`;
    const plan = edit(
      edit(PLAN, 'lang: en\n', 'lang: en\nedition: 2\n'),
      'actors:\n',
      'glossary:\n  - { term: CSW, meaning: Commission on the Status of Women }\nactors:\n',
    );
    const { parliament } = await renderHtml(
      { plan, progress: { '2020.yaml': y2020, '2021/equality.yaml': WITH_SPENDING, '2021/police.yaml': BY_INTERIOR } },
      2021,
    );
    expect(parliament).toContain('<div>National action plan no. 2</div>');
    expect(parliament).toContain('<span class="previous small">2020: 1</span>');
    expect(parliament).toContain('Spending reported for 2021: €3,500; $201, for 3 actions (annex 4).');
    expect(parliament).toMatch(/<td>Federal Police<\/td><td>February 3, 2022<\/td><td class="num">2<\/td>/);
    expect(parliament).toMatch(/<td>2\. Follow-up<\/td><td class="num"><div>€2,500<\/div><\/td>/);
    expect(parliament).toContain('<tr><td>CSW</td><td>Commission on the Status of Women</td></tr>');
    expect(parliament).toContain('href="#annex-abbreviations"');
  });
});
