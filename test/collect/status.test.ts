import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { nap } from '../cli/harness.js';
import { fill, sampleWorkspace } from './helpers.js';
import { fillMinistry, unitsWorkspace } from './units-plan.js';

const ajv = new Ajv({ strict: true, allErrors: true });
const schema = (name: string) =>
  ajv.compile(JSON.parse(readFileSync(new URL(`../../schemas/${name}`, import.meta.url), 'utf8')));
const statusSchema = schema('status.schema.json');
const callSchema = schema('call.schema.json');

// biome-ignore lint/suspicious/noExplicitAny: JSON as printed
type Json = any;

async function status(cwd: string, extra: string[] = []): Promise<{ code: number; json: Json }> {
  const r = await nap(['status', 'u-2020', '--year', '2021', '-f', 'json', ...extra], { cwd });
  expect(r.stderr).toBe('');
  const json = JSON.parse(r.stdout);
  expect(statusSchema(json), JSON.stringify(statusSchema.errors)).toBe(true);
  return { code: r.code, json };
}

describe('nap status', () => {
  it('before and after collecting: missing and late first, exit 1 until everything is in', async () => {
    const cwd = unitsWorkspace();
    expect((await nap(['request', 'u-2020', '--year', '2021', '--due', '2022-01-31'], { cwd })).code).toBe(0);
    const record = parse(readFileSync(join(cwd, 'requests/u-2020-2021.call.yaml'), 'utf8'));
    expect(callSchema(record), JSON.stringify(callSchema.errors)).toBe(true);

    const before = await status(cwd);
    expect(before.code).toBe(1);
    expect(before.json).toMatchObject({ due: '2022-01-31', dueFrom: 'call', complete: false });
    expect(before.json.actors.map((a: Json) => [a.actor, a.state, a.late])).toEqual([
      ['ministry', 'missing', true],
      ['other', 'missing', true],
    ]);
    expect(before.json.actors[0].actions).toEqual({
      expected: 2,
      reported: 0,
      missing: ['1.a', '1.10'],
      discontinued: [],
    });

    const filled = await fill(join(cwd, 'requests/u-2020-2021-ministry.xlsx'), join(cwd, 'm.xlsx'), (f) => {
      fillMinistry(f);
      f.wb.worksheets[0]!.getCell('C10').value = '2022-01-20';
    });
    expect((await nap(['collect', filled], { cwd })).code).toBe(0);
    const after = await status(cwd);
    expect(after.code).toBe(1);
    const [other, ministry] = after.json.actors;
    expect(other).toMatchObject({ actor: 'other', state: 'missing', late: true });
    expect(ministry).toMatchObject({
      actor: 'ministry',
      state: 'partial', // 1.10's indicator has no value
      submitted: '2022-01-20',
      actions: { expected: 2, reported: 2, missing: [] },
      indicators: { expected: 7, given: 6, missing: ['1.10/1'] },
      bySex: { expected: 1, given: 1 },
    });

    // A progress file written by hand counts like a collected one.
    mkdirSync(join(cwd, 'plans/u-2020/progress/2021'), { recursive: true });
    writeFileSync(
      join(cwd, 'plans/u-2020/progress/2021/other.yaml'),
      'nap: 1\nplan: u-2020\nyear: 2021\nreporter: other\nsubmitted: "2022-01-10"\nactions:\n  "1.10":\n    status: completed\n    indicators: { 1: Done. }\n  2.a:\n    status: completed\n    indicators: { 1: Done. }\n',
    );
    const handWritten = await status(cwd);
    expect(handWritten.json.actors.find((a: Json) => a.actor === 'other')).toMatchObject({
      state: 'done',
      late: false,
    });
    // Another actor's account of a shared action does not answer for the ministry.
    expect(handWritten.json.actors.find((a: Json) => a.actor === 'ministry')).toMatchObject({ state: 'partial' });
    expect(handWritten.code).toBe(1);

    const corrected = await fill(
      filled,
      join(cwd, 'm2.xlsx'),
      (f) => void f.indicator('1.10', '1', 'value', 'Half of it.'),
    );
    expect((await nap(['collect', corrected, '--replace'], { cwd })).code).toBe(0);
    const last = await status(cwd);
    expect(last.json.actors.map((a: Json) => [a.actor, a.state, a.late])).toEqual([
      ['ministry', 'done', false],
      ['other', 'done', false],
    ]);
    expect(last.code).toBe(0);
    expect(last.json.complete).toBe(true);
  });

  it('prints text for people and markdown for mailings; --due over the recorded date', async () => {
    const cwd = unitsWorkspace();
    const text = await nap(['status', 'u-2020', '--year', '2021', '--due', '2199-12-31'], { cwd });
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(
      /^u-2020 2021: 0 of 2 actors have reported everything; due 2199-12-31 \(today \d{4}-\d{2}-\d{2}\)\n/,
    );
    expect(text.stdout).toMatch(/^MISSING +ministry +0\/2 actions +not submitted$/m);
    expect(text.stdout).toContain('missing actions: 1.a, 1.10');
    const md = await nap(['status', 'u-2020', '--year', '2021', '-f', 'markdown'], { cwd });
    expect(md.stdout).toContain('| state | actor | actions | indicators | per sex | submitted | missing actions |');
    expect(md.stdout).toContain('| missing | `ministry` Ministry | 0/2 | 0/0 | — | — | `1.a`, `1.10` |');
    expect(md.stdout).toContain('no due date');
  });

  it('an action discontinued in an earlier year is not expected any more, until an account takes it up', async () => {
    const cwd = unitsWorkspace();
    const progress = (year: number, actions: string) =>
      writeFileSync(
        join(cwd, `plans/u-2020/progress/${year}.yaml`),
        `nap: 1\nplan: u-2020\nyear: ${year}\nactions:\n${actions}`,
      );
    mkdirSync(join(cwd, 'plans/u-2020/progress'), { recursive: true });
    progress(2020, '  "1.10":\n    status: discontinued\n');
    const first = await status(cwd);
    const other = () => first.json.actors.find((a: Json) => a.actor === 'other');
    expect(other().actions).toEqual({ expected: 1, reported: 0, missing: ['2.a'], discontinued: ['1.10'] });
    expect(first.json.actors.find((a: Json) => a.actor === 'ministry').actions.discontinued).toEqual(['1.10']);
    const text = await nap(['status', 'u-2020', '--year', '2021'], { cwd });
    expect(text.stdout).toContain('discontinued earlier, not expected: 1.10');

    // Taken up again by an account of 2021: expected again.
    progress(2021, '  "1.10":\n    status: in-progress\n');
    const taken = await status(cwd);
    expect(taken.json.actors.find((a: Json) => a.actor === 'other').actions).toMatchObject({
      expected: 2,
      reported: 1,
      discontinued: [],
    });
  });

  it('lists the assessors the call asked apart, without counting them towards complete', async () => {
    const cwd = unitsWorkspace();
    const asked = await nap(
      [
        'request',
        'u-2020',
        '--year',
        '2021',
        '--assessor',
        'net',
        '--assessor-name',
        'Test network',
        '--due',
        '2199-01-31',
      ],
      { cwd },
    );
    expect(asked.code, asked.stderr).toBe(0);
    const record = parse(readFileSync(join(cwd, 'requests/u-2020-2021.call.yaml'), 'utf8'));
    expect(callSchema(record), JSON.stringify(callSchema.errors)).toBe(true);
    expect(record).toMatchObject({ actors: [], assessors: ['net'], due: '2199-01-31' });

    const before = await status(cwd);
    expect(before.json.assessors).toEqual([
      { assessor: 'net', name: 'net', state: 'missing', late: false, assessed: 0, submitted: null, files: [] },
    ]);
    mkdirSync(join(cwd, 'plans/u-2020/assessments/2021'), { recursive: true });
    writeFileSync(
      join(cwd, 'plans/u-2020/assessments/2021/net.yaml'),
      'nap: 1\nplan: u-2020\nyear: 2021\nassessor: { id: net, name: Test network, type: civil-society }\nsubmitted: "2022-02-01"\nactions:\n  1.a: { rating: limited, comment: Test. }\n',
    );
    const after = await status(cwd);
    expect(after.json.assessors).toEqual([
      {
        assessor: 'net',
        name: 'Test network',
        state: 'done',
        late: false,
        assessed: 1,
        submitted: '2022-02-01',
        files: ['plans/u-2020/assessments/2021/net.yaml'],
      },
    ]);
    expect(after.code).toBe(1); // the actors have not reported
    const text = await nap(['status', 'u-2020', '--year', '2021'], { cwd });
    expect(text.stdout).toContain('independent assessors: 1 of 1 have sent an assessment');
    expect(text.stdout).toMatch(/^DONE +net +1 action assessed +submitted 2022-02-01$/m);
    const md = await nap(['status', 'u-2020', '--year', '2021', '-f', 'markdown'], { cwd });
    expect(md.stdout).toContain('| done | `net` Test network | 1 | 2022-02-01 |');
  });

  it('lists the assessors in the language asked (--lang fr), and a blank assessment is not a submission', async () => {
    const cwd = unitsWorkspace();
    const call = ['request', 'u-2020', '--year', '2021', '--assessor', 'net', '--assessor-name', 'Test network'];
    expect((await nap(call, { cwd })).code).toBe(0);
    mkdirSync(join(cwd, 'plans/u-2020/assessments/2021'), { recursive: true });
    const file = join(cwd, 'plans/u-2020/assessments/2021/net.yaml');
    const head = 'nap: 1\nplan: u-2020\nyear: 2021\nassessor: { id: net, name: Test network, type: civil-society }\n';
    // Written by hand with nothing assessed: the assessor has not sent anything yet.
    writeFileSync(file, `${head}submitted: "2022-02-01"\nactions: {}\n`);
    const blank = await status(cwd);
    expect(blank.json.assessors[0]).toMatchObject({ state: 'missing', assessed: 0, submitted: null });
    const missing = await nap(['status', 'u-2020', '--year', '2021', '--lang', 'fr'], { cwd });
    expect(missing.stdout).toContain('évaluateurs indépendants : 0 sur 1 ont envoyé une évaluation');
    expect(missing.stdout).toMatch(/^MANQUANT +net +pas d'évaluation +non envoyé$/m);

    writeFileSync(
      file,
      `${head}submitted: "2022-02-01"\nactions:\n  1.a: { rating: limited, comment: Test. }\n  "1.10": { rating: complete, comment: Test. }\n`,
    );
    const fr = await nap(['status', 'u-2020', '--year', '2021', '--lang', 'fr'], { cwd });
    expect(fr.stderr).toBe('');
    expect(fr.stdout).toContain('évaluateurs indépendants : 1 sur 1 ont envoyé une évaluation');
    expect(fr.stdout).toMatch(/^COMPLET +net +2 actions évaluées +envoyé le 2022-02-01$/m);
    const md = await nap(['status', 'u-2020', '--year', '2021', '-f', 'markdown', '--lang', 'fr'], { cwd });
    expect(md.stdout).toContain('### Évaluateurs indépendants');
    expect(md.stdout).toContain('| état | évaluateur | actions évaluées | envoyé le |');
    expect(md.stdout).toContain('| complet | `net` Test network | 2 | 2022-02-01 |');
    for (const out of [fr.stdout, md.stdout])
      expect(out).not.toMatch(/\b(independent assessors|assessed|no assessment|submitted|DONE|done)\b/);
  });

  it('speaks the language asked (--lang), every word, and labels illustrative sample data', async () => {
    const cwd = sampleWorkspace();
    const json = await nap(['status', 'be-2013', '--year', '2015', '-f', 'json'], { cwd });
    // Every 2015 progress file of the sample says illustrative: true.
    expect(JSON.parse(json.stdout).illustrative).toBe(true);
    const en = await nap(['status', 'be-2013', '--year', '2015', '--due', '2016-01-31'], { cwd });
    expect(en.stdout.split('\n')[0]).toContain('[illustrative data, not official]');
    const fr = await nap(['status', 'be-2013', '--year', '2015', '-f', 'markdown', '--lang', 'fr'], { cwd });
    expect(fr.code).toBe(1);
    expect(fr.stdout).toMatch(/^## be-2013 2015 : \d+ acteurs sur 11 ont tout rapporté; pas d'échéance/);
    expect(fr.stdout).toContain("données d'illustration, non officielles");
    expect(fr.stdout).toContain(
      '| état | acteur | actions | indicateurs | par sexe | envoyé le | actions manquantes |',
    );
    const nl = await nap(['status', 'be-2013', '--year', '2015', '--lang', 'nl', '--due', '2016-01-31'], { cwd });
    expect(nl.stdout).toMatch(
      /^TE LAAT GEDEELTELIJK +defence +20\/37 acties +indicatoren 22\/24 +per geslacht 1\/1 +ingediend op 2016-01-18$/m,
    );
    expect(nl.stdout).toContain('ontbrekende acties: 1.a, 3.d');
    for (const out of [fr.stdout, nl.stdout])
      expect(out).not.toMatch(/\b(actors have|missing|submitted|PARTIAL|LATE|per sex|illustrative)\b/);
  });
});
