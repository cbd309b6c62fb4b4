import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { nap, workspace } from './cli/harness.js';

// `nap report --format json` on the Belgian sample (illustrative progress and targets), checked
// against schemas/report.schema.json and against what the documents show.

const root = fileURLToPath(new URL('..', import.meta.url));
const ajv = new Ajv({ strict: true, allErrors: true });
const validate = ajv.compile(JSON.parse(readFileSync(join(root, 'schemas/report.schema.json'), 'utf8')) as object);

// biome-ignore lint/suspicious/noExplicitAny: JSON as written, read back
type Json = any;

async function sampleJson(lang = 'en'): Promise<Json> {
  const cwd = workspace();
  cpSync(join(root, 'plans', 'be-2013'), join(cwd, 'plans', 'be-2013'), { recursive: true });
  const r = await nap(['report', 'be-2013', '--year', '2015', '--format', 'json', '--lang', lang, '--out', 'out'], {
    cwd,
  });
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/wrote out\/be-2013-2015-data\.(en|fr)\.json/);
  const data = JSON.parse(readFileSync(join(cwd, 'out', `be-2013-2015-data.${lang}.json`), 'utf8')) as Json;
  expect(validate(data) ? [] : validate.errors).toEqual([]);
  return data;
}

describe('nap report --format json', () => {
  it('writes the figures of the sample, valid against the schema', async () => {
    const d = await sampleJson();
    expect([d.nap, d.plan.id, d.year, d.previousYear, d.illustrative]).toEqual([1, 'be-2013', 2015, 2014, true]);
    expect(d.totals).toEqual({
      completed: 9,
      'in-progress': 70,
      delayed: 4,
      'not-started': 2,
      discontinued: 1,
      'not-reported': 16,
    });
    expect(d.actions).toHaveLength(102);
  });

  it('says per action who was expected to report, who did and who did not', async () => {
    const d = await sampleJson();
    const a3 = d.actions.find((a: Json) => a.id === '3.a');
    expect(a3).toMatchObject({
      status: 'completed',
      expected: ['justice', 'foreign-affairs'],
      reported: ['justice'],
      missing: ['foreign-affairs'],
      byActor: { justice: 'completed', 'foreign-affairs': 'not-reported' },
      setback: false,
    });
    const a4e = d.actions.find((a: Json) => a.id === '4.e');
    expect(a4e).toMatchObject({ status: 'discontinued', discontinuedSince: 2014, missing: [] });
    const fa = d.actors.find((a: Json) => a.id === 'foreign-affairs');
    expect(fa.missing).toContain('3.a');
    expect(fa.missing).not.toContain('4.e');
    expect(fa.missing).toHaveLength(29);
  });

  it('gives each quantitative indicator its values by year, total and share of women, and progress', async () => {
    const d = await sampleJson();
    const women = d.indicators.find((i: Json) => i.key === 'women-peace-missions');
    expect(women).toMatchObject({
      action: '23.a',
      progressBy: 'share-women',
      values: [
        { year: 2014, value: { women: 38, men: 402 }, total: 440, shareWomen: 8.6364 },
        { year: 2015, value: { women: 29, men: 418 }, total: 447, shareWomen: 6.4877 },
      ],
      total: 447,
      shareWomen: 6.4877,
      trend: 'down',
      setback: true,
      progress: { class: 'moving-away' },
    });
    expect(d.indicators.find((i: Json) => i.key === 'resettled-refugees').progress.class).toBe('on-track');
    expect(d.indicators.find((i: Json) => i.key === 'staff-women-men').progress.class).toBe('limited');
    expect(d.indicators.map((i: Json) => i.key)).toContain('trafficking-victims-protected');
  });

  it('gives the cover, the previous year, submissions, spending and abbreviations', async () => {
    const d = await sampleJson();
    expect(d.plan).toMatchObject({ edition: 2, coordinators: ['foreign-affairs', 'equality'] });
    expect(d.previousTotals.completed).toBeTypeOf('number');
    expect(d.objectives).toHaveLength(6);
    expect(d.submissions).toHaveLength(6);
    expect(d.submissions.find((s: Json) => s.reporter === 'defence')).toMatchObject({ submitted: '2016-01-18' });
    expect(d.spending.total).toEqual([{ currency: 'EUR', amount: 2812200 }]);
    expect(d.spending.byObjective).toHaveLength(6);
    expect(d.abbreviations.map((a: Json) => a.term)).toEqual(expect.arrayContaining(['CSW', 'SSR', 'DDR', 'Defence']));
  });

  it('names levels in the language of the run', async () => {
    const d = await sampleJson('fr');
    expect(d.labels).toMatchObject({ objective: 'Objectif', action: "Ligne d'action" });
  });

  it('gives each action its history across editions, from continues, valid against the schema', async () => {
    // The illustrative revision continues be-2013 action by action; be-2013 reported up to 2015.
    const cwd = workspace();
    cpSync(join(root, 'plans'), join(cwd, 'plans'), { recursive: true });
    const r = await nap(['report', 'be-2013-rev', '--year', '2017', '-f', 'json', '-o', 'r.json'], { cwd });
    expect(r.code).toBe(0);
    const d: Json = JSON.parse(readFileSync(join(cwd, 'r.json'), 'utf8'));
    expect(validate(d) ? [] : validate.errors).toEqual([]);
    const a = d.actions.find((x: Json) => x.id === '1.a');
    expect(a.continues).toBe('be-2013:1.a');
    expect(a.history).toEqual([
      {
        plan: 'be-2013',
        action: '1.a',
        title: 'Women, Peace and Security - Belgian National Action Plan 2013-2016',
        period: { start: 2013, end: 2016 },
        lastStatus: 'in-progress',
        lastYear: 2015,
        illustrative: true,
      },
    ]);
    // An action that continues nothing has an empty history; one never reported in be-2013 says not-reported.
    const fresh = d.actions.filter((x: Json) => x.continues === null);
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.every((x: Json) => x.history.length === 0)).toBe(true);
    const statuses = new Set(d.actions.flatMap((x: Json) => x.history.map((h: Json) => h.lastStatus)));
    expect(statuses).toContain('not-reported');
    // The plan without lineage: every action continues nothing.
    const sample = await sampleJson();
    expect(sample.actions.every((x: Json) => x.continues === null && x.history.length === 0)).toBe(true);
  });
});
