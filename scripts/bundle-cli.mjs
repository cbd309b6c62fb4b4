// Build step, after tsc: the CLI bundled into dist/app/ (bin/nap.js runs it). Loading tsc's
// output, about 170 modules for `nap validate`, cost 0.04 s of a 0.9 s run on a large plan
// (issue 9). Commands stay lazy: each dynamic import() becomes a chunk loaded only when needed.
// Packages stay outside, as installed. dist/app sits two levels down like dist/core and
// dist/cli, so paths found from a module (core/package-root.ts, cli/version.ts) hold in both;
// the worker of `nap validate --jobs` keeps its name, worker.js, beside the code that starts it.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { root } from './schema-tools.mjs';

const out = join(root, 'dist/app');
rmSync(out, { recursive: true, force: true }); // chunk names change with their content
await build({
  entryPoints: { main: join(root, 'dist/cli/main.js'), worker: join(root, 'dist/core/validate/worker.js') },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
