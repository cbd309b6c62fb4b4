import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { diffPlans } from '../../src/core/diff/diff-plans.js';
import { Formatter } from '../../src/core/model/format.js';
import { createMarkdown } from '../../src/core/render/markdown.js';
import { TemplateRenderer } from '../../src/core/render/renderer.js';
import { TemplateSource } from '../../src/core/render/template-source.js';
import { buildBriefModel } from '../../src/core/report/brief-model.js';
import { buildReportModel } from '../../src/core/report/build-model.js';
import { renderReport } from '../../src/core/report/documents.js';
import { rules } from '../../src/core/rules/index.js';
import type { CheckedPlan } from '../../src/core/validate/check-plan.js';
import { checkInline, PLAN, PROGRESS } from '../helpers.js';
import { messages, NOW } from '../report-helpers.js';

// Modest in CI; `npm run fuzz` sets NAP_FUZZ_RUNS much higher.
const RUNS = Number(process.env.NAP_FUZZ_RUNS ?? 40);
const BASE_PLAN = parse(PLAN) as unknown;
const BASE_PROGRESS = parse(PROGRESS) as unknown;

type Path = (string | number)[];

/** Every path to a value inside a JSON tree. */
function paths(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) for (const [i, v] of value.entries()) out.push(...paths(v, [...prefix, i]));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

const leaf = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer({ min: -5, max: 3000 }),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('1.10', '__proto__', '{{x}}', '<script>', 'equality', '1.a', '2021'),
);
const junk = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    leaf,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie('value'), { maxKeys: 3 }),
  ),
})).value;

type Edit = { kind: 'delete' | 'duplicate' | 'replace' | 'rename'; at: number; value: unknown; name: string };
const edit = fc.record({
  kind: fc.constantFrom('delete', 'duplicate', 'replace', 'rename'),
  at: fc.nat(),
  value: junk,
  name: fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('id', 'actors', 'lead', 'text', 'status', 'indicators')),
}) as fc.Arbitrary<Edit>;

/** Applies random edits to a copy of a JSON tree: deleting, duplicating, retyping, renaming fields. */
function mutate(base: unknown, edits: readonly Edit[]): unknown {
  const root = { v: structuredClone(base) };
  for (const e of edits) {
    const all = paths(root.v).filter((p) => p.length > 0);
    if (!all.length) break;
    const p = all[e.at % all.length]!;
    // Any JSON container: the edits below index it by key or position.
    type Node = Record<string | number, unknown> & unknown[];
    const parent = p.slice(0, -1).reduce<Node>((node, k) => node[k] as Node, root.v as Node);
    const key = p[p.length - 1]!;
    if (e.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else if (e.kind === 'duplicate') {
      if (Array.isArray(parent)) parent.splice(Number(key), 0, structuredClone(parent[Number(key)]));
      else parent[`${String(key)}2`] = structuredClone(parent[key as string]);
    } else if (e.kind === 'replace') parent[key] = e.value;
    else if (!Array.isArray(parent) && e.name !== '__proto__') {
      parent[e.name] = parent[key];
      if (e.name !== key) delete parent[key];
    }
  }
  return root.v;
}

function expectPositioned(result: CheckedPlan) {
  for (const f of result.findings) {
    expect(f.code in rules, f.code).toBe(true);
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.column).toBeGreaterThanOrEqual(1);
    expect(f.message.length).toBeGreaterThan(5);
    expect(f.file).toMatch(/\.yaml$/);
  }
}

describe('random edits never crash nap', () => {
  let renderer: TemplateRenderer;
  beforeAll(async () => {
    renderer = await TemplateRenderer.create(await TemplateSource.open(), messages('en'), ['parliament', 'brief']);
  });

  /** Whatever the input: findings with positions, or a valid plan that renders and diffs. */
  function everyStage(result: CheckedPlan) {
    expectPositioned(result);
    const valid = !result.findings.some((f) => f.severity === 'error') && result.plan.data;
    if (!valid) return;
    const plan = result.plan.data!;
    const f = new Formatter('en', messages('en'));
    const progress = result.progress.flatMap((p) => (p.data ? [{ file: p.file, data: p.data }] : []));
    const report = buildReportModel({ plan, progress, year: 2021, format: f, markdown: createMarkdown(), now: NOW });
    const brief = buildBriefModel(report, f);
    for (const kind of ['parliament', 'brief'] as const)
      expect(renderReport({ report, brief, f, renderer }, kind, false)).toContain('</html>');
    const base = checkInline().plan.data!;
    const d = diffPlans(base, plan, { threshold: 0.5, idThreshold: 0.25, lang: 'en' });
    expect(d.summary.unchanged + d.summary.removed + d.changes.filter((c) => c.kind === 'changed').length).toBe(3);
  }

  it('in the plan', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) =>
        everyStage(checkInline({ plan: stringify(mutate(BASE_PLAN, edits)) })),
      ),
      { numRuns: RUNS },
    );
  });

  it('in a progress file', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) =>
        everyStage(checkInline({ progress: { '2021.yaml': stringify(mutate(BASE_PROGRESS, edits)) } })),
      ),
      { numRuns: RUNS },
    );
  });

  it('in the YAML text itself', () => {
    const textEdit = fc.record({
      at: fc.nat(),
      len: fc.nat({ max: 12 }),
      insert: fc.oneof(
        fc.string({ maxLength: 6 }),
        fc.constantFrom(':', '- ', '\t', '"', '[', '{', '&a', '*a', '!!set', '%YAML 1.1\n', '\n  ', '\u0000', '\ufeff'),
      ),
    });
    fc.assert(
      fc.property(fc.array(textEdit, { minLength: 1, maxLength: 3 }), fc.boolean(), (edits, inPlan) => {
        let text = inPlan ? PLAN : PROGRESS;
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.len);
        }
        everyStage(inPlan ? checkInline({ plan: text }) : checkInline({ progress: { '2021.yaml': text } }));
      }),
      { numRuns: RUNS },
    );
  });
});
