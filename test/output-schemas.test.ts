import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/core/rules/index.js';
import { nap, workspace } from './cli/harness.js';
import { ASSESSMENT, edit, PLAN, PROGRESS } from './helpers.js';

// The machine outputs of `nap validate --format json` and `nap diff --format json`, produced by
// the real CLI (in-process) and checked against the schemas published for them.

const root = fileURLToPath(new URL('..', import.meta.url));
const readJson = (path: string): object => JSON.parse(readFileSync(join(root, path), 'utf8')) as object;
// Compiling also checks each schema against the draft-07 meta-schema; strict mode refuses unknown keywords.
const ajv = new Ajv({ strict: true, allErrors: true });
const findingsSchema = ajv.compile(readJson('schemas/findings.schema.json'));
const diffSchema = ajv.compile(readJson('schemas/diff.schema.json'));

/** Schema errors of some data as readable lines: [] when it is valid. */
function problems(validate: ValidateFunction, data: unknown): string[] {
  return validate(data)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

// biome-ignore lint/suspicious/noExplicitAny: JSON as printed, read and broken on purpose below
type Json = any;

/** `nap validate <args> --format json`: its findings, checked against the schema. */
async function validateJson(args: string[], cwd: string): Promise<{ code: number; findings: Json[] }> {
  const r = await nap(['validate', ...args, '--format', 'json'], { cwd });
  expect(r.stderr).toBe('');
  const findings = JSON.parse(r.stdout) as Json[];
  expect(problems(findingsSchema, findings)).toEqual([]);
  // What the schema cannot say: severity and title are those of the rule.
  for (const f of findings) {
    const rule = rules[f.code as keyof typeof rules];
    expect([f.code, f.severity, f.rule]).toEqual([f.code, rule?.severity, rule?.title]);
  }
  return { code: r.code, findings };
}

/** `nap diff <args> --format json`: the diff, checked against the schema. */
async function diffJson(args: string[], cwd: string): Promise<Json> {
  const r = await nap(['diff', ...args, '--format', 'json'], { cwd });
  expect(r.stderr).toBe('');
  const diff = JSON.parse(r.stdout) as Json;
  expect(problems(diffSchema, diff)).toEqual([]);
  expect(r.code).toBe(diff.identical ? 0 : 1);
  // What the schema cannot say: the summary counts the lists.
  const changes = diff.changes as Json[];
  const withAspect = (a: string) => changes.filter((c) => c.aspects.includes(a)).length;
  const structure = (level: string, kind: string) =>
    (diff.structure as Json[]).filter((s) => s.level === level && s.kind === kind).length;
  const main = (m: string) => changes.filter((c) => c.main === m).length;
  expect(diff.summary).toMatchObject({
    added: changes.filter((c) => c.kind === 'added').length,
    removed: changes.filter((c) => c.kind === 'removed').length,
    reworded: main('reworded'),
    renumbered: main('renumbered'),
    moved: main('moved'),
    modified: main('modified'),
    aspects: Object.fromEntries(
      ['reworded', 'renumbered', 'moved', 'actors', 'lead', 'indicators', 'due', 'budget'].map((a) => [
        a,
        withAspect(a),
      ]),
    ),
    actorChanges: diff.actors.length,
    objectivesAdded: structure('objective', 'added'),
    objectivesRemoved: structure('objective', 'removed'),
    goalsAdded: structure('goal', 'added'),
    goalsRemoved: structure('goal', 'removed'),
  });
  expect(diff.summary.unchanged + changes.filter((c) => c.kind !== 'added').length).toBe(diff.old.actions);
  // Each action counted once, under its main change.
  const s = diff.summary;
  expect(s.added + s.moved + s.reworded + s.renumbered + s.modified + s.unchanged).toBe(diff.new.actions);
  return diff;
}

/** A working folder holding copies of sample plans (plans/<id>), each optionally edited. */
function samples(plans: Record<string, (text: string) => string>): string {
  const cwd = workspace();
  for (const [id, change] of Object.entries(plans)) {
    cpSync(join(root, 'plans', id), join(cwd, 'plans', id), { recursive: true });
    const file = join(cwd, 'plans', id, 'plan.yaml');
    writeFileSync(file, change(readFileSync(file, 'utf8')));
  }
  return cwd;
}

const same = (text: string) => text;

// ---------------------------------------------------------------------------------------------
// Inputs with problems: every file of the corpus test/fixtures/bad, and one small plan per rule.

const bad = new URL('fixtures/bad/', import.meta.url);
const corpus = JSON.parse(readFileSync(new URL('expected.json', bad), 'utf8')) as Record<
  string,
  { kind: 'plan' | 'progress' | 'assessment' }
>;

/** The test plan (and a progress file) under another id, edited. */
const planAs = (id: string, from = '', to = '') =>
  (from ? edit(PLAN, from, to) : PLAN).replace('id: t-2020', `id: ${id}`);
const progressOf = (id: string, from = '', to = '') =>
  (from ? edit(PROGRESS, from, to) : PROGRESS).replace('plan: t-2020', `plan: ${id}`);
const assessmentOf = (id: string, from = '', to = '') =>
  (from ? edit(ASSESSMENT, from, to) : ASSESSMENT).replace('plan: t-2020', `plan: ${id}`);

/** Plan folders, by name: plan.yaml and progress files, each breaking one rule (by the edits of test/core/rules.test.ts). */
function ruleCases(): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {};
  const plan = (id: string, text: string, progress: Record<string, string> = {}) => {
    files[`plans/${id}/plan.yaml`] = text;
    for (const [name, p] of Object.entries(progress)) files[`plans/${id}/progress/${name}`] = p;
  };
  plan('t-2016', PLAN.replace('id: t-2020', 'id: t-2016').replace('supersedes: t-2016\n', '')); // valid: what the others supersede
  plan('r-020', planAs('r-020', '    name: Interior\n', '    nmae: Interior\n'));
  plan('r-021', planAs('r-021', 'title: Test plan\n', '')); // missing at the top: pointer ""
  plan('r-022', planAs('r-022', 'title: Test plan', 'title: [Test, plan]'));
  plan('r-024', planAs('r-024', '  - id: interior\n', '  - id: Interior\n'));
  plan('r-025', planAs('r-025', 'period: { start: 2020, end: 2023 }', 'period: { start: 1020, end: 2023 }'));
  plan(
    'r-026',
    planAs('r-026', 'actors: [foreign-affairs, equality]', 'actors: [foreign-affairs, equality, foreign-affairs]'),
  );
  plan('r-030', planAs('r-030', '- id: "1.10"', '- id: 1.10'));
  plan('r-031', planAs('r-031', '- id: 2.a', '- id: 1.a'));
  plan('r-032', planAs('r-032', 'actors: [interior-police]', 'actors: [interior-polic]'));
  plan('r-033', planAs('r-033', 'lead: equality', 'lead: interior'));
  plan('r-034', planAs('r-034', 'period: { start: 2020, end: 2023 }', 'period: { start: 2024, end: 2023 }'));
  plan('r-035', planAs('r-035-other'));
  plan('r-036', planAs('r-036', 'supersedes: t-2016', 'supersedes: t-2009'));
  plan(
    'r-037',
    planAs(
      'r-037',
      '    title: Follow-up\n',
      '    title: Follow-up\n    goals: [{ id: "9", title: G, actions: [{ id: 9.a, text: T, actors: [equality], indicators: [I] }] }]\n',
    ),
  );
  plan(
    'r-038',
    planAs('r-038', "{ en: Equality Institute, fr: Institut pour l'égalité }", "{ fr: Institut pour l'égalité }"),
  );
  plan(
    'r-039',
    planAs('r-039', "{ en: Equality Institute, fr: Institut pour l'égalité }", '{ en: Equality Institute }'),
  );
  plan('r-040', planAs('r-040', '        indicators: [Report sent.]\n', ''));
  plan(
    'r-080',
    planAs('r-080', '        actors: [equality]\n', '        actors: [equality]\n        continues: t-2016:2.z\n'),
  );
  plan(
    'r-081',
    planAs('r-081', '        actors: [equality]\n', '        actors: [equality]\n        continues: r-081:2.a\n'),
  );
  plan('r-041', planAs('r-041', 'due: 2022', 'due: 2030'));
  plan('r-042', planAs('r-042', 'value: { women: 31, men: 412 }', 'value: 443'));
  plan('r-043', planAs('r-043', 'due: 2022', 'due: "2022-02-30"'));
  plan('r-044', planAs('r-044', '    name: Interior\n', '    name: Interior\n    parent: interior-police\n'));
  plan(
    'r-061',
    planAs(
      'r-061',
      '                unit: percent\n',
      '                unit: percent\n                progressBy: women\n',
    ),
  );
  plan('r-014', `${planAs('r-014')}${Array.from({ length: 250 }, (_, i) => `k${i}: ${i}`).join('\n')}\n`);
  plan('r-002', `nap: 1\n# ${'x'.repeat(10 * 1024 * 1024)}\n`);
  plan('r-015', planAs('r-015', 'value: { women: 31, men: 412 }', 'value: { women: 9007199254740993, men: 412 }'));
  plan(
    'r-017',
    planAs(
      'r-017',
      '        actors: [equality]\n',
      `        actors: [equality]\n        tags: [${'t, '.repeat(10_000)}t]\n`,
    ),
  );
  plan('p-059', planAs('p-059'), { '2021.yaml': progressOf('p-059'), 'readme.txt': 'notes' });
  // NAP016: progress/2021.yaml becomes a link to this file, outside the plans folder (see linkOut).
  plan('p-016', planAs('p-016'), { '.keep': '' });
  files['outside.yaml'] = progressOf('p-016');
  plan('p-023', planAs('p-023'), { '2021.yaml': progressOf('p-023', 'status: completed', 'status: done') });
  plan('p-050', planAs('p-050'), { '2021.yaml': progressOf('p-050', 'plan: t-2020', 'plan: t-2016') });
  plan('p-051', planAs('p-051'), { '2025.yaml': progressOf('p-051', 'year: 2021', 'year: 2025') });
  plan('p-052', planAs('p-052'), { '2021.yaml': progressOf('p-052', 'year: 2021', 'year: 2022') });
  plan('p-053', planAs('p-053'), { '2021.yaml': progressOf('p-053', '  2.a:', '  2.b:') });
  plan('p-054', planAs('p-054'), {
    '2021.yaml': progressOf('p-054', '      1: Report submitted.', '      3: Report submitted.'),
  });
  plan('p-055', planAs('p-055'), {
    '2021.yaml': progressOf('p-055', 'women-missions: { women: 40, men: 400 }', 'women-missions: 440'),
  });
  plan('p-056', planAs('p-056'), { '2021.yaml': progressOf('p-056'), '2021/other.yaml': progressOf('p-056') });
  plan('p-057', planAs('p-057'), {
    '2021.yaml': progressOf('p-057', 'reporter: equality', 'reporter: interior-police'),
  });
  plan('p-058', planAs('p-058'), { 'latest.yaml': progressOf('p-058') });
  // NAP060: a narrative section in the plan language only, while the plan lists fr too.
  plan('n-060', planAs('n-060'));
  files['plans/n-060/narrative/2021.yaml'] = 'nap: 1\nplan: n-060\nyear: 2021\nconclusions: More to do.\n';
  // NAP070-NAP076: assessments (assessments/2021.yaml) and a plan's scales.
  const assessed = (id: string, text: string, planText = planAs(id)) => {
    plan(id, planText);
    files[`plans/${id}/assessments/2021.yaml`] = text;
  };
  const cso = 'assessor: { id: wps-network, name: WPS Network, type: civil-society }';
  assessed('a-070', assessmentOf('a-070', cso, 'assessor: wps'));
  assessed('a-071', assessmentOf('a-071', cso, 'assessor: equality'));
  assessed('a-072', assessmentOf('a-072', 'year: 2021\n', 'year: 2021\nscale: basic\n'));
  assessed('a-073', assessmentOf('a-073', 'rating: limited', 'rating: partial'));
  assessed('a-075', assessmentOf('a-075', 'id: wps-network', 'id: interior'));
  plan('a-074', planAs('a-074'));
  files['plans/a-074/assessments/2021.yaml'] = assessmentOf('a-074');
  files['plans/a-074/assessments/2021/again.yaml'] = assessmentOf('a-074');
  plan(
    'a-076',
    planAs(
      'a-076',
      'objectives:\n',
      'scales:\n  - id: basic\n    levels: [{ id: x, label: X, status: not-started }, { id: x, label: Y, status: completed }]\nobjectives:\n',
    ),
  );
  // The corpus: each broken file in a plan folder of its own (a broken progress file beside a valid plan).
  for (const [name, { kind }] of Object.entries(corpus)) {
    const id = `bad-${name.replace(/\.yaml$/, '')}`;
    if (kind === 'plan') files[`plans/${id}/plan.yaml`] = new Uint8Array(readFileSync(new URL(name, bad)));
    else if (kind === 'assessment')
      assessed(id, readFileSync(new URL(name, bad), 'utf8').replace('plan: t-2020', `plan: ${id}`));
    else
      plan(id, planAs(id), {
        '2021.yaml': readFileSync(new URL(name, bad), 'utf8').replace('plan: t-2020', `plan: ${id}`),
      });
  }
  return files;
}

describe('nap validate --format json follows schemas/findings.schema.json', () => {
  it('for the Belgian sample plan, valid', async () => {
    const r = await validateJson(['plans/be-2013'], root);
    expect(r.code).toBe(0);
    expect(r.findings).toEqual([]);
  });

  it('for the Belgian sample plan with warnings', async () => {
    const cwd = samples({
      'be-2013': (p) =>
        [
          ['id: be-2013\n', 'id: be-2013\nsupersedes: be-2009\n'], // NAP036
          ['            indicators:\n              - Internal communication with potential experts.\n', ''], // NAP040
          ['lead: equality\n', 'lead: equality\n            due: 2030\n'], // NAP041
        ].reduce((text, [from, to]) => edit(text, from!, to!), p),
    });
    const r = await validateJson([], cwd);
    expect(r.code).toBe(0);
    expect(new Set(r.findings.map((f) => `${f.severity} ${f.code}`))).toEqual(
      new Set(['warning NAP036', 'warning NAP040', 'warning NAP041']),
    );
  });

  it('for every rule broken and every file of the corpus of broken files', async () => {
    const cwd = workspace(ruleCases());
    symlinkSync(join(cwd, 'outside.yaml'), join(cwd, 'plans/p-016/progress/2021.yaml'));
    const r = await validateJson([], cwd);
    expect(r.code).toBe(1);
    // nap collect's codes are raised on returns, not plans: test/collect/collect-rules.test.ts checks them against the schema.
    const onPlans = (Object.values(rules) as { code: string; stage?: string }[]).filter((r) => r.stage !== 'collect');
    expect(new Set(r.findings.map((f) => f.code))).toEqual(new Set(onPlans.map((r) => r.code)));
    // The nullable fields, both ways.
    for (const key of ['endLine', 'endColumn', 'pointer']) {
      expect(
        r.findings.some((f) => f[key] === null),
        `${key} null`,
      ).toBe(true);
      expect(
        r.findings.some((f) => f[key] !== null),
        `${key} set`,
      ).toBe(true);
    }
    expect(r.findings.some((f) => f.pointer === '')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------

/** Two editions that differ in every way nap diff reports. */
const OLD = `nap: 1
id: t-2016
title: Test plan
period: { start: 2016, end: 2019 }
lang: en
coordinators: [equality]
actors:
  - id: foreign-affairs
    name: Foreign Affairs
  - id: interior
    name: Interior
  - id: interior-police
    name: Federal Police
    parent: interior
  - id: equality
    name: Equality Institute
  - id: justice
    name: Justice
objectives:
  - id: "1"
    title: Normative framework
    goals:
      - id: "1"
        title: Conventions
        actions:
          - id: 1.a
            text: Apply the conventions.
            indicators: [Periodic reporting under CEDAW.]
            actors: [foreign-affairs, equality]
            lead: equality
            due: 2018
          - id: 1.b
            text: Train the police in gender issues.
            indicators: [Share of staff trained.]
            actors: [interior-police]
      - id: "2"
        title: Courts
        actions:
          - id: 2.a
            text: Train judges on sexual violence in conflict.
            indicators: [Judges trained.]
            actors: [justice]
  - id: "2"
    title: Follow-up
    actions:
      - id: 3.a
        text: Report yearly to parliament.
        indicators: [Report sent.]
        actors: [equality]
      - id: 3.b
        text: Fund shadow reports by women's organisations.
        indicators: [Reports funded.]
        actors: [foreign-affairs]
        budget: { amount: 10000, currency: EUR }
      - id: 3.c
        text: Publish the plan online.
        indicators: [Plan published.]
        actors: [equality]
`;

const NEW = `nap: 1
id: t-2020
title: Test plan
period: { start: 2020, end: 2023 }
lang: en
supersedes: t-2016
coordinators: [equality]
actors:
  - id: foreign-affairs
    name: Foreign Affairs
  - id: interior
    name: FPS Home Affairs
  - id: interior-police
    name: Federal Police
    parent: interior
  - id: equality
    name: Equality Institute
  - id: defence
    name: Defence
objectives:
  - id: "1"
    title: Normative and legal framework
    goals:
      - id: "1"
        title: Conventions
        actions:
          - id: 1.a
            text: Apply the conventions.
            indicators: ['Periodic reporting under CEDAW, yearly.', Shadow reports received.]
            actors: [foreign-affairs]
            lead: foreign-affairs
            due: "2022-06-30"
          - id: 1.c
            text: Train the federal police in gender issues.
            indicators: [Share of staff trained.]
            actors: [interior-police, defence]
          - id: 1.d
            text: Report yearly to parliament.
            indicators: [Report sent.]
            actors: [equality]
      - id: "3"
        title: Online violence
        actions:
          - id: 4.a
            text: Protect women human rights defenders online.
            indicators: [Cases followed.]
            actors: [equality]
  - id: "2"
    title: Follow-up
    actions:
      - id: 3.b
        text: Fund shadow reports by women's organisations.
        indicators: [Reports funded.]
        actors: [foreign-affairs]
        budget: { amount: 20000, currency: EUR }
      - id: 3.c
        text: Publish the plan online.
        indicators: [Plan published.]
        actors: [equality]
`;

describe('nap diff --format json follows schemas/diff.schema.json', () => {
  it('for the Belgian sample plan and its illustrative revision', async () => {
    const d = await diffJson(['be-2013', 'be-2013-rev'], root);
    expect(d.identical).toBe(false);
    expect(d.changes.length).toBeGreaterThan(30);
  });

  it("with the follow-up of the old edition's commitments (the sample's illustrative progress)", async () => {
    const d = await diffJson(['be-2013', 'be-2013-rev'], root);
    const fu = d.followUp as Json;
    expect(fu.illustrative).toBe(true);
    expect(fu.years).toEqual([2014, 2015]);
    expect(fu.actions).toHaveLength(d.old.actions);
    const counts = Object.values(fu.counts as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(counts).toBe(d.old.actions);
    const carried = (fu.actions as Json[]).findIndex((a) => a.fate === 'carried');
    const completed = (fu.actions as Json[]).findIndex((a) => a.status === 'completed');
    const mutations: Record<string, (x: Json) => void> = {
      'a carried action without its new id': (x) => delete x.followUp.actions[carried].newId,
      'a completed action counted as dropped': (x) => (x.followUp.actions[completed].fate = 'dropped'),
      'a reported status without its year': (x) => delete x.followUp.actions[completed].year,
      'an unknown status': (x) => (x.followUp.actions[completed].status = 'done'),
    };
    for (const [what, mutate] of Object.entries(mutations)) {
      const data = structuredClone(d);
      mutate(data);
      expect(diffSchema(data), what).toBe(false);
    }
  });

  it('for identical editions: the same plan, and a copy under another id', async () => {
    expect((await diffJson(['be-2013', 'be-2013'], root)).identical).toBe(true);
    const cwd = samples({ 'be-2013': same });
    cpSync(join(cwd, 'plans/be-2013'), join(cwd, 'plans/be-copy'), { recursive: true });
    writeFileSync(
      join(cwd, 'plans/be-copy/plan.yaml'),
      edit(readFileSync(join(cwd, 'plans/be-copy/plan.yaml'), 'utf8'), 'id: be-2013\n', 'id: be-copy\n'),
    );
    const d = await diffJson(['be-2013', 'be-copy'], cwd);
    expect(d).toMatchObject({ identical: true, plan: [], structure: [], changes: [], actors: [] });
  });

  it('for editions with every kind of change', async () => {
    const cwd = workspace({ 'plans/t-2016/plan.yaml': OLD, 'plans/t-2020/plan.yaml': NEW });
    const d = await diffJson(['t-2016', 't-2020'], cwd);
    const changes = d.changes as Json[];
    expect(new Set(changes.map((c) => c.kind))).toEqual(new Set(['added', 'removed', 'changed']));
    expect(new Set(changes.flatMap((c) => c.aspects))).toEqual(
      new Set(['reworded', 'renumbered', 'moved', 'actors', 'lead', 'indicators', 'due', 'budget']),
    );
    expect(new Set(changes.map((c) => c.match?.by))).toEqual(new Set([undefined, 'id', 'text']));
    expect(new Set((d.structure as Json[]).map((s) => `${s.level} ${s.kind} ${s.aspects.join('+')}`))).toEqual(
      new Set(['objective changed retitled', 'goal added ', 'goal removed ']),
    );
    expect(new Set((d.actors as Json[]).map((a) => a.kind))).toEqual(new Set(['added', 'removed', 'changed']));
    expect((d.actors as Json[]).some((a) => a.renamed)).toBe(true);
    expect(d.plan).toEqual([
      { field: 'period', old: '2016-2019', new: '2020-2023' },
      { field: 'supersedes', old: '', new: 't-2016' },
    ]);
    expect(new Set(changes.map((c) => c.main))).toEqual(new Set(['added', 'removed', 'moved', 'reworded', 'modified']));
    expect(d.summary.unchanged).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------

describe('the output schemas are not vacuous', () => {
  const clone = <T>(x: T): T => structuredClone(x);

  it('refuse findings that are not what nap prints', async () => {
    const cwd = workspace({
      'plans/t-2020/plan.yaml': edit(
        PLAN,
        '            actors: [foreign-affairs, equality]',
        '            actrs: [foreign-affairs, equality]',
      ),
    });
    const { findings } = await validateJson([], cwd);
    expect(findings.length).toBeGreaterThan(0);
    const mutations: Record<string, (f: Json[]) => void> = {
      'an extra key': (f) => (f[0].extra = 1),
      'a missing key': (f) => delete f[0].pointer,
      'an unknown severity': (f) => (f[0].severity = 'info'),
      'a rule code not in the form NAP000': (f) => (f[0].code = 'NAP20'),
      'a line 0': (f) => (f[0].line = 0),
      'a line as text': (f) => (f[0].line = '35'),
      'an end column without an end line': (f) => (f[0].endLine = null),
      'a pointer that is not a JSON pointer': (f) => (f[0].pointer = 'objectives/0'),
    };
    for (const [what, mutate] of Object.entries(mutations)) {
      const data = clone(findings);
      mutate(data);
      expect(findingsSchema(data), what).toBe(false);
    }
    expect(findingsSchema({ findings }), 'an object instead of the array').toBe(false);
  });

  it('refuse diffs that are not what nap prints', async () => {
    const cwd = workspace({ 'plans/t-2016/plan.yaml': OLD, 'plans/t-2020/plan.yaml': NEW });
    const d = await diffJson(['t-2016', 't-2020'], cwd);
    const index = (pred: (c: Json) => boolean) => {
      const i = (d.changes as Json[]).findIndex(pred);
      expect(i).toBeGreaterThanOrEqual(0);
      return i;
    };
    const reworded = index((c) => c.aspects.includes('reworded'));
    const added = index((c) => c.kind === 'added');
    const lead = index((c) => c.aspects.includes('lead'));
    const mutations: Record<string, (x: Json) => void> = {
      'an extra key at the top': (x) => (x.extra = true),
      'an extra key in a change': (x) => (x.changes[reworded].note = 'x'),
      'a missing summary count': (x) => delete x.summary.moved,
      'an unknown kind of change': (x) => (x.changes[reworded].kind = 'modified'),
      'an unknown aspect': (x) => x.changes[reworded].aspects.push('retitled'),
      'an aspect twice': (x) => x.changes[reworded].aspects.push('reworded'),
      'an unknown word op': (x) => (x.changes[reworded].words[0].op = '~'),
      'an empty word diff': (x) => (x.changes[reworded].words = []),
      'reworded without the old text': (x) => delete x.changes[reworded].oldText,
      'a field without its aspect': (x) =>
        (x.changes[lead].aspects = x.changes[lead].aspects.filter((a: string) => a !== 'lead')),
      'an added action with a match': (x) => (x.changes[added].match = { by: 'id', similarity: 1 }),
      'an added action with aspects': (x) => x.changes[added].aspects.push('moved'),
      'a lead that is not an actor id or null': (x) => (x.changes[lead].lead.old = 3),
      'a similarity above 1': (x) => (x.changes[reworded].match.similarity = 1.5),
      'an unknown match method': (x) => (x.changes[reworded].match.by = 'guess'),
      'a numeric id': (x) => (x.changes[reworded].newId = 1),
      'identical with changes': (x) => (x.identical = true),
      'different without changes': (x) =>
        Object.assign(x, { identical: false, plan: [], structure: [], changes: [], actors: [] }),
      'an unknown plan field': (x) => (x.plan[0].field = 'colour'),
      'an unknown structure level': (x) => (x.structure[0].level = 'action'),
      'a renamed new actor': (x) => {
        const a = x.actors.find((c: Json) => c.kind === 'added');
        a.renamed = { old: 'A', new: 'B' };
      },
      'a period in another form': (x) => (x.old.period = '2016 to 2019'),
      'a main change not among the aspects': (x) => (x.changes[reworded].main = 'moved'),
      'an added action without its content': (x) => delete x.changes[added].action,
      'an unknown actor in the names': (x) => (x.actorNames.Nobody = { name: 'X' }),
      'an action without its place': (x) => delete x.changes[reworded].newPlace,
    };
    for (const [what, mutate] of Object.entries(mutations)) {
      const data = clone(d);
      mutate(data);
      expect(diffSchema(data), what).toBe(false);
    }
  });
});
