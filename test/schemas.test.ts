import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JS build helper without types
import { readSchema, typesSource } from '../scripts/schema-tools.mjs';

// The input formats (plan, progress, narrative, assessment), the data call record, and the machine outputs of
// `nap validate`, `nap diff`, `nap report` (test/output-schemas.test.ts), `nap export` and `nap status`
// (test/collect/status.test.ts).
const schemaFiles = [
  'plan.schema.json',
  'progress.schema.json',
  'narrative.schema.json',
  'assessment.schema.json',
  'findings.schema.json',
  'diff.schema.json',
  'report.schema.json',
  'export.schema.json',
  'call.schema.json',
  'status.schema.json',
];

describe('the JSON Schemas, source of truth', () => {
  it('match the committed TypeScript types (run `npm run schemas:types` after changing a schema)', async () => {
    const committed = readFileSync(new URL('../src/core/model/types.generated.ts', import.meta.url), 'utf8');
    expect(committed).toBe(await typesSource());
  });

  it('are all checked here', () => {
    const files = readdirSync(new URL('../schemas/', import.meta.url)).filter((f) => f.endsWith('.json'));
    expect(files.sort()).toEqual([...schemaFiles].sort());
  });

  it('describe every property, so editors can explain each field', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.properties) {
        for (const [k, v] of Object.entries(n.properties as Record<string, Record<string, unknown>>)) {
          if (typeof v.description !== 'string') missing.push(`${path}/properties/${k}`);
        }
      }
      for (const [k, v] of Object.entries(n)) walk(v, `${path}/${k}`);
    };
    for (const name of schemaFiles) walk(readSchema(name), name);
    expect(missing).toEqual([]);
  });

  it('refuse unknown fields in every object', () => {
    const open: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.type === 'object' && n.additionalProperties === undefined) open.push(path);
      for (const [k, v] of Object.entries(n)) walk(v, `${path}/${k}`);
    };
    for (const name of schemaFiles) walk(readSchema(name), name);
    expect(open).toEqual([]);
  });
});

describe('README', () => {
  it('lists every rule with its severity and title', async () => {
    const { rules } = await import('../src/core/rules/index.js');
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const table = [...readme.matchAll(/^\| (NAP\d{3}) \| (error|warning) \| (.+?) \|/gm)].map((m) => [
      m[1],
      m[2],
      m[3],
    ]);
    expect(table).toEqual(Object.entries(rules).map(([code, r]) => [code, r.severity, r.title]));
  });
});

describe('the precompiled validators (scripts/schema-tools.mjs rewrites two spots of Ajv’s output for speed)', () => {
  it('give the same verdict and the same errors as Ajv compiled from the schemas, on good and broken files', async () => {
    const { Ajv } = await import('ajv');
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true });
    const names = { plan: 'plan.schema.json', progress: 'progress.schema.json', assessment: 'assessment.schema.json' };
    for (const name of Object.values(names)) ajv.addSchema(readSchema(name), name);
    const built = (await import('../src/generated/validators.js')) as Record<
      string,
      ((d: unknown) => boolean) & { errors?: unknown }
    >;
    const { parse } = await import('yaml');
    const read = (path: string) => parse(readFileSync(new URL(`../plans/be-2013/${path}`, import.meta.url), 'utf8'));
    const plan = read('plan.yaml');
    const progress = read('progress/2014.yaml');
    const firstAction = Object.keys(progress.actions)[0]!;
    // Empty texts (minLength 1), keys with `~` and `/` (escaped in error paths), wrong types.
    const brokenProgress = structuredClone(progress);
    brokenProgress.actions['a/b~c'] = { status: 'done', summary: '' };
    brokenProgress.actions[firstAction].indicators = { '1': '', 'x/~y': 3, '2': { women: -1 } };
    const brokenPlan = structuredClone(plan);
    brokenPlan.title = '';
    brokenPlan.objectives[0].title = { en: '', 'f/r': 'x' };
    brokenPlan.actors[0] = { id: 'a~b', name: '' };
    const cases: [keyof typeof names, unknown][] = [
      ['plan', plan],
      ['plan', brokenPlan],
      ['progress', progress],
      ['progress', brokenProgress],
      ['assessment', { nap: 1, plan: 'x', year: 2015, assessor: 'a', actions: { 'k/~': { rating: '' } } }],
    ];
    for (const [kind, data] of cases) {
      const reference = ajv.getSchema(names[kind])!;
      const ok = built[kind]!(data);
      expect(ok).toBe(reference(data));
      expect(built[kind]!.errors ?? null).toEqual(reference.errors ?? null);
    }
    expect(built.progress!(brokenProgress)).toBe(false);
    expect(JSON.stringify(built.progress!.errors)).toContain('/actions/a~1b~0c');
  });
});
