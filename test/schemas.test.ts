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
