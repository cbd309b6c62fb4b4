import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const config = fileURLToPath(new URL('../../.dependency-cruiser.cjs', import.meta.url));

/** A tiny src/ tree: each file that breaks a rule says so in its name. */
const TREE: Record<string, string> = {
  'src/core/errors.ts': 'export class NapError extends Error {}\n',
  'src/core/model/plan.ts':
    "import { NapError } from '../errors.js';\nexport type Plan = { id: string; e?: NapError };\n",
  'src/core/load/upward.ts': "import { check } from '../validate/check.js';\nexport const load = check;\n",
  'src/core/validate/check.ts':
    "import type { Plan } from '../model/plan.js';\nexport const check = (p: Plan) => p.id;\n",
  'src/core/validate/sideways.ts': "import type { F } from '../findings/finding.js';\nexport type V = F;\n",
  'src/core/findings/finding.ts': 'export type F = { code: string };\n',
  'src/core/render/feature.ts': "import type { View } from '../report/view.js';\nexport type R = View;\n",
  'src/core/report/view.ts': "import type { Plan } from '../model/plan.js';\nexport type View = { plan: Plan };\n",
  'src/core/diff/other-feature.ts': "import type { View } from '../report/view.js';\nexport type D = View;\n",
  'src/core/output/render.ts': "import type { R } from '../render/feature.js';\nexport type O = R;\n",
  'src/core/pdf/cli.ts': "import { io } from '../../cli/io.js';\nexport const p = io;\n",
  'src/cli/io.ts': 'export const io = 1;\n',
  'src/cli/main.ts': "import { NapError } from '../index.js';\nexport const main = NapError;\n",
  'src/index.ts': "export { NapError } from './core/errors.js';\nexport { io } from './cli/io.js';\n",
  'src/core/nowhere/x.ts': "import type { Plan } from '../model/plan.js';\nexport type X = Plan;\n",
  // A circle of two files, closed by a type-only import.
  'src/core/text/a.ts': "import { b } from './b.js';\nexport const a = () => b;\n",
  'src/core/text/b.ts': "import type { a } from './a.js';\nexport const b = 1;\nexport type A = typeof a;\n",
  'tsconfig.json': JSON.stringify({
    compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true },
  }),
};

describe('the import direction rules (.dependency-cruiser.cjs)', () => {
  let dir = '';
  let result: ICruiseResult;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nap-layers-'));
    for (const [path, text] of Object.entries(TREE)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const options = { ...(await extractDepcruiseOptions(config)), baseDir: dir };
    const out = await cruise(['src'], options, {}, { tsConfig: extractTSConfig(join(dir, 'tsconfig.json')) });
    result = out.output as ICruiseResult;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const violations = () => result.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();

  it('reports every import against the direction, and only those', () => {
    expect(violations()).toEqual([
      'api-imports-upward: src/index.ts -> src/cli/io.ts',
      'diff-imports-sideways: src/core/diff/other-feature.ts -> src/core/report/view.ts',
      'in-no-layer: src/core/nowhere/x.ts -> src/core/model/plan.ts',
      'load-imports-upward: src/core/load/upward.ts -> src/core/validate/check.ts',
      'no-circular: src/core/text/a.ts -> src/core/text/b.ts',
      'output-not-to-render: src/core/output/render.ts -> src/core/render/feature.ts',
      'pdf-imports-upward: src/core/pdf/cli.ts -> src/cli/io.ts',
      'render-imports-upward: src/core/render/feature.ts -> src/core/report/view.ts',
      'validate-imports-sideways: src/core/validate/sideways.ts -> src/core/findings/finding.ts',
    ]);
  });

  it('counts type-only imports', () => {
    const typeOnly = result.modules
      .find((m) => m.source === 'src/core/render/feature.ts')
      ?.dependencies.find((d) => d.resolved === 'src/core/report/view.ts');
    expect(typeOnly?.dependencyTypes).toContain('type-only');
  });
});
