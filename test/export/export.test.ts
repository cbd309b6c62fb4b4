import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { TABLES } from '../../src/core/model/tables.js';
import { neutralise } from '../../src/core/output/csv.js';
import { nap, workspace } from '../cli/harness.js';
import { PLAN, PROGRESS } from '../helpers.js';
import { parseCsv, unzip } from './read-back.js';

// `nap export` on the Belgian sample and on hostile text, every format read back from disk.

const root = fileURLToPath(new URL('../..', import.meta.url));
const schema = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as object;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const ajv = new Ajv({
  strict: true,
  allErrors: true,
  formats: { 'date-time': ISO, email: /^[^@\s]+@[^@\s]+$/ },
});
const exportSchema = ajv.compile(schema('schemas/export.schema.json'));
// The Frictionless profile, written from the specifications (see its description).
// Profiles leave objects open and name fields under anyOf: not ajv's strict style, so checked without it.
const profile = new Ajv({
  strict: false,
  allErrors: true,
  formats: { 'date-time': ISO, email: /^[^@\s]+@[^@\s]+$/ },
}).compile(schema('test/fixtures/frictionless/tabular-data-package.schema.json'));

// biome-ignore lint/suspicious/noExplicitAny: JSON as written, read back
type Json = any;

async function exportSample(
  args: string[] = [],
  o: { languages?: string } = {},
): Promise<{ cwd: string; stdout: string }> {
  const cwd = workspace();
  cpSync(join(root, 'plans', 'be-2013'), join(cwd, 'plans', 'be-2013'), { recursive: true });
  // A copy that lists more languages (the sample is written in English only): its texts stay English.
  if (o.languages) {
    const file = join(cwd, 'plans', 'be-2013', 'plan.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^lang: en$/m, `lang: en\nlanguages: ${o.languages}`));
  }
  const r = await nap(['export', 'be-2013', ...args], { cwd });
  if (!o.languages) expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return { cwd, stdout: r.stdout };
}

const csvOf = (cwd: string, path: string) => parseCsv(readFileSync(join(cwd, path), 'utf8'));

/** A CSV cell as the JSON has it: empty is null, numbers and booleans typed, formulas un-neutralised. */
function typed(cell: string, type: string): unknown {
  if (cell === '') return null;
  if (type === 'number' || type === 'integer' || type === 'year') return Number(cell);
  if (type === 'boolean') return cell === 'true';
  return cell;
}

describe('nap export', () => {
  it('writes every table in every format, and the CSV, JSON and workbook hold the same rows', async () => {
    const { cwd, stdout } = await exportSample();
    expect(stdout.trim().split('\n')).toHaveLength(TABLES.length * 2 + 3);
    const json: Json = JSON.parse(readFileSync(join(cwd, 'export/be-2013.json'), 'utf8'));
    expect(exportSchema(json) ? [] : exportSchema.errors).toEqual([]);
    expect(json.illustrative).toBe(true);
    const sheets = unzip(readFileSync(join(cwd, 'export/be-2013.xlsx')));
    const workbook = sheets.get('xl/workbook.xml')!;
    expect([...workbook.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'about',
      ...TABLES.map((t) => t.name),
    ]);
    expect(sheets.get('xl/worksheets/sheet1.xml')).toContain('ILLUSTRATIVE');
    for (const [n, spec] of TABLES.entries()) {
      const [header, ...rows] = csvOf(cwd, `export/be-2013-${spec.name}.csv`);
      expect(header).toEqual(spec.columns.map((c) => c.name));
      const objects = rows.map((r) =>
        Object.fromEntries(spec.columns.map((c, i) => [c.name, typed(r[i]!.replace(/^'(?=[=+\-@\t\r])/, ''), c.type)])),
      );
      expect(objects).toEqual(json.tables[spec.name]);
      // The data package's copy is the same file.
      expect(readFileSync(join(cwd, `export/be-2013/${spec.name}.csv`), 'utf8')).toBe(
        readFileSync(join(cwd, `export/be-2013-${spec.name}.csv`), 'utf8'),
      );
      // One sheet row per CSV row, the header first.
      const sheet = sheets.get(`xl/worksheets/sheet${n + 2}.xml`)!;
      expect(sheet.match(/<row /g)).toHaveLength(rows.length + 1);
    }
    // The sample: 102 actions, two years of progress, each action with a status per year.
    expect(json.tables.actions).toHaveLength(102);
    expect(json.tables.statuses).toHaveLength(204);
    const women = json.tables.values.filter((v: Json) => v.sex === 'women');
    expect(women.length).toBeGreaterThan(0);
    expect(women.every((v: Json) => typeof v.value === 'number')).toBe(true);
  });

  it('exports the independent assessments and an action’s continues, read back from every format', async () => {
    const { cwd } = await exportSample(['--lang', 'fr'], { languages: '[en, fr]' });
    const json: Json = JSON.parse(readFileSync(join(cwd, 'export/be-2013.json'), 'utf8'));
    const rows = json.tables.assessments as Json[];
    // The sample's illustrative assessment of 2015: nine actions by one invented platform.
    expect(rows).toHaveLength(9);
    expect(rows.find((r) => r.action_id === '6.d')).toEqual({
      plan_id: 'be-2013',
      year: 2015,
      action_id: '6.d',
      assessor_id: 'wps-platform',
      assessor_name:
        "Plateforme illustrative de la société civile Femmes, paix et sécurité (inventée pour l'exemple de nap)",
      assessor_type: 'civil-society',
      scale: 'completion',
      rating: 'limited',
      level_label: 'Limité',
      compared_status: 'delayed',
      comment:
        'Illustrative: the training material exists as a draft; none of the units our members asked had used it in 2015.',
      evidence: 'Illustrative: interviews with two training centres, February 2016',
      submitted: '2016-03-08',
      illustrative: true,
    });
    expect(rows.find((r) => r.action_id === '16.a')).toMatchObject({
      rating: 'no-evidence',
      compared_status: 'not-reported',
    });
    // The CSV of the data package carries the same cells, its Table Schema the key and the link to actions.
    const [header, ...csv] = csvOf(cwd, 'export/be-2013/assessments.csv');
    expect(csv).toHaveLength(9);
    const at = (name: string) => header!.indexOf(name);
    expect(csv.map((r) => `${r[at('action_id')]} ${r[at('level_label')]} ${r[at('illustrative')]}`)).toContain(
      '6.d Limité true',
    );
    const pkg: Json = JSON.parse(readFileSync(join(cwd, 'export/be-2013/datapackage.json'), 'utf8'));
    const res = pkg.resources.find((r: Json) => r.name === 'assessments');
    expect(res.schema.primaryKey).toEqual(['plan_id', 'year', 'assessor_id', 'action_id']);
    expect(res.schema.foreignKeys).toEqual([
      { fields: ['plan_id', 'action_id'], reference: { resource: 'actions', fields: ['plan_id', 'action_id'] } },
    ]);
    // The workbook has the sheet, header and rows.
    const sheets = unzip(readFileSync(join(cwd, 'export/be-2013.xlsx')));
    const sheet = sheets.get(`xl/worksheets/sheet${TABLES.findIndex((t) => t.name === 'assessments') + 2}.xml`)!;
    expect(sheet.match(/<row /g)).toHaveLength(10);
    expect(sheet).toContain('wps-platform');
    // The sample has no lineage; its revision continues be-2013.
    expect(json.tables.actions.every((a: Json) => a.continues === null)).toBe(true);
    const rev = workspace();
    cpSync(join(root, 'plans'), join(rev, 'plans'), { recursive: true });
    const r = await nap(['export', 'be-2013-rev', '-f', 'csv', '-o', 'out'], { cwd: rev });
    expect(r.code).toBe(0);
    const [h, ...actions] = csvOf(rev, 'out/be-2013-rev-actions.csv');
    const first = actions.find((a) => a[h!.indexOf('action_id')] === '1.a')!;
    expect(first[h!.indexOf('continues')]).toBe('be-2013:1.a');
    // No assessment files: the table is its header alone.
    expect(csvOf(rev, 'out/be-2013-rev-assessments.csv')).toEqual([TABLES.at(-1)!.columns.map((c) => c.name)]);
  });

  it('counts the same statuses per year as the report', async () => {
    const { cwd } = await exportSample(['-f', 'json']);
    const json: Json = JSON.parse(readFileSync(join(cwd, 'export/be-2013.json'), 'utf8'));
    const r = await nap(['report', 'be-2013', '--year', '2015', '-f', 'json', '-o', 'r.json'], { cwd });
    expect(r.code).toBe(0);
    const report: Json = JSON.parse(readFileSync(join(cwd, 'r.json'), 'utf8'));
    const counts: Record<string, number> = {};
    for (const s of json.tables.statuses.filter((x: Json) => x.year === 2015))
      counts[s.status] = (counts[s.status] ?? 0) + 1;
    for (const [status, n] of Object.entries(report.totals as Record<string, number>))
      expect([status, counts[status] ?? 0]).toEqual([status, n]);
  });

  it('orders progress and values rows as the plan orders its actions and indicators, then by year and reporter', async () => {
    const { cwd } = await exportSample(['-f', 'json']);
    const json: Json = JSON.parse(readFileSync(join(cwd, 'export/be-2013.json'), 'utf8'));
    const actionAt = new Map(json.tables.actions.map((a: Json, i: number) => [a.action_id, i]));
    const indicatorAt = new Map(
      json.tables.indicators.map((x: Json, i: number) => [`${x.action_id} ${x.indicator_key}`, i]),
    );
    // The sample has ids that look like integers (9, 27): JavaScript would list them first.
    expect(json.tables.progress[0].action_id).toBe('1.a');
    expect(json.tables.progress.map((r: Json) => r.action_id)).toContain('9');
    const inOrder = (rows: Json[], key: (r: Json) => (number | string)[]) => {
      const keys = rows.map(key);
      const sorted = [...keys].sort((a, b) => {
        for (let i = 0; i < a.length; i++) {
          const d =
            typeof a[i] === 'number' ? (a[i] as number) - (b[i] as number) : String(a[i]).localeCompare(String(b[i]));
          if (d) return d;
        }
        return 0;
      });
      expect(keys).toEqual(sorted);
    };
    inOrder(json.tables.progress, (r) => [actionAt.get(r.action_id), r.year, r.reporter ?? '']);
    inOrder(json.tables.values, (r) => [
      indicatorAt.get(`${r.action_id} ${r.indicator_key}`),
      r.year,
      r.reporter ?? '',
    ]);
  });

  it('writes a Data Package valid against the Frictionless profile, its CSV files against their Table Schemas', async () => {
    const { cwd } = await exportSample(['-f', 'datapackage']);
    const pkg: Json = JSON.parse(readFileSync(join(cwd, 'export/be-2013/datapackage.json'), 'utf8'));
    expect(profile(pkg) ? [] : profile.errors).toEqual([]);
    expect(pkg.description).toMatch(/ILLUSTRATIVE/);
    const keys = new Map<string, Set<string>>();
    const tables = new Map<string, { fields: Json[]; rows: string[][] }>();
    for (const res of pkg.resources) {
      const [header, ...rows] = csvOf(cwd, join('export/be-2013', res.path));
      expect(header).toEqual(res.schema.fields.map((f: Json) => f.name));
      tables.set(res.name, { fields: res.schema.fields, rows });
      for (const [i, f] of (res.schema.fields as Json[]).entries()) {
        for (const row of rows) {
          const cell = row[i]!;
          expect(row).toHaveLength(header!.length);
          if (cell === '') {
            expect(f.constraints?.required ?? false, `${res.name}.${f.name} required`).toBe(false);
            continue;
          }
          const ok = {
            string: () => true,
            integer: () => /^-?\d+$/.test(cell),
            number: () => /^-?\d+(\.\d+)?(e[-+]?\d+)?$/i.test(cell),
            year: () => /^\d{4}$/.test(cell),
            boolean: () => cell === 'true' || cell === 'false',
            date: () => /^\d{4}-\d{2}-\d{2}$/.test(cell),
          }[f.type as string];
          expect(ok?.() ?? false, `${res.name}.${f.name} = ${cell} is a ${f.type}`).toBe(true);
        }
      }
      if (res.schema.primaryKey) {
        const at = (res.schema.primaryKey as string[]).map((k) => header!.indexOf(k));
        const seen = new Set(rows.map((r) => JSON.stringify(at.map((i) => r[i]))));
        expect(seen.size, `${res.name} primary key unique`).toBe(rows.length);
        keys.set(res.name, seen);
      }
    }
    // Foreign keys: every reference names an existing row (tables come in order, referenced first).
    for (const res of pkg.resources)
      for (const fk of res.schema.foreignKeys ?? []) {
        const t = tables.get(res.name)!;
        const at = (fk.fields as string[]).map((k) => t.fields.findIndex((f: Json) => f.name === k));
        const target = keys.get(fk.reference.resource)!;
        for (const r of t.rows) expect(target.has(JSON.stringify(at.map((i) => r[i])))).toBe(true);
      }
  });

  it('neutralises formulas in CSV cells and keeps the text as it is in JSON and the workbook', async () => {
    const plan = PLAN.replace('text: Apply the conventions.', 'text: "=HYPERLINK(\\"http://x\\",\\"click\\")"').replace(
      'text: Report yearly.',
      'text: "@SUM(1,2)\\n+next line"',
    );
    const progress = PROGRESS.replace('summary: Half done.', 'summary: "-2+3, then \\"quoted\\""');
    const cwd = workspace({ 'plans/t-2020/plan.yaml': plan, 'plans/t-2020/progress/2021.yaml': progress });
    const r = await nap(['export', '-o', 'out'], { cwd });
    expect(r.stderr).toMatch(/^warning .*NAP036\n$/); // the plan it supersedes is not there
    expect(r.code).toBe(0);
    const actions = csvOf(cwd, 'out/t-2020-actions.csv');
    expect(actions[1]![4]).toBe('\'=HYPERLINK("http://x","click")');
    expect(actions[3]![4]).toBe("'@SUM(1,2)\n+next line");
    expect(csvOf(cwd, 'out/t-2020-progress.csv')[1]![5]).toBe('\'-2+3, then "quoted"');
    const json: Json = JSON.parse(readFileSync(join(cwd, 'out/t-2020.json'), 'utf8'));
    expect(json.tables.actions[0].text).toBe('=HYPERLINK("http://x","click")');
    expect(json.illustrative).toBe(false);
    const sheet = unzip(readFileSync(join(cwd, 'out/t-2020.xlsx'))).get('xl/worksheets/sheet2.xml')!;
    expect(sheet).toContain('=HYPERLINK(&quot;http://x&quot;,&quot;click&quot;)</t>');
    expect(sheet).not.toContain('<f>');
    // Values per sex: one row per sex.
    expect(json.tables.values.filter((v: Json) => v.indicator_key === 'women-missions')).toMatchObject([
      { sex: 'women', value: 40 },
      { sex: 'men', value: 400 },
    ]);
    expect([neutralise('-1'), neutralise('a=b'), neutralise('\tx')]).toEqual(["'-1", 'a=b', "'\tx"]);
  });

  it('writes one file when --out names it, and refuses a file name for several files', async () => {
    const { cwd } = await exportSample(['-f', 'xlsx', '-o', 'plan.xlsx']);
    expect(unzip(readFileSync(join(cwd, 'plan.xlsx'))).size).toBe(5 + TABLES.length + 1);
    const r = await nap(['export', 'be-2013', '-f', 'csv', '-o', 'one.csv'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/names one file, but this run writes 6 files/);
  });

  it('README documents every column of every table', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const t of TABLES) {
      const at = readme.indexOf(`**${t.name}**: `);
      expect(at, t.name).toBeGreaterThan(0);
      const rows = readme.slice(at).split('\n\n')[1]!;
      expect([...rows.matchAll(/^\| `(\w+)` \| (\w+) \|/gm)].map((m) => `${m[1]} ${m[2]}`)).toEqual(
        t.columns.map((c) => `${c.name} ${c.type}`),
      );
    }
  });

  it('texts in another language of the plan fall back to the plan language, with a warning as nap report gives', async () => {
    const cwd = workspace({ 'plans/t-2020/plan.yaml': PLAN });
    const r = await nap(['export', '-f', 'json', '--lang', 'fr', '-o', 'x.json'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning \d+ texts have no 'fr' version and are exported in 'en': .*action 1\.a/);
    const json: Json = JSON.parse(readFileSync(join(cwd, 'x.json'), 'utf8'));
    expect(json.lang).toBe('fr');
    expect(json.tables.actions[0].text).toBe('Apply the conventions.');
    // A language of the plan that nap has no wording for: the data still comes out, a built-in level named in English.
    const { cwd: sampleCwd } = await exportSample(['-f', 'json', '--lang', 'de', '-o', 'de.json'], {
      languages: '[en, de]',
    });
    const deJson: Json = JSON.parse(readFileSync(join(sampleCwd, 'de.json'), 'utf8'));
    expect(deJson.tables.assessments.find((r: Json) => r.action_id === '6.d').level_label).toBe('Limited');
  });

  it('refuses a language the plan does not provide, instead of labelling its texts as that language', async () => {
    const cwd = workspace({ 'plans/t-2020/plan.yaml': PLAN });
    for (const lang of ['de', 'nl']) {
      const r = await nap(['export', '-f', 'json', '--lang', lang, '-o', 'x.json'], { cwd });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`plan t-2020 is not written in '${lang}': its languages are en, fr`);
      expect(r.stderr).toMatch(/leave out --lang or choose one of en, fr/);
      expect(existsSync(join(cwd, 'x.json'))).toBe(false);
    }
    // The plan's own language, however written, needs no translation.
    const r = await nap(['export', '-f', 'json', '--lang', 'EN', '-o', 'x.json'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('texts have no');
    expect(JSON.parse(readFileSync(join(cwd, 'x.json'), 'utf8')).lang).toBe('en');
  });
});
