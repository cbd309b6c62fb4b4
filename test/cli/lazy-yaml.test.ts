import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { edit, PLAN } from '../helpers.js';
import { workspace } from './harness.js';

const bin = fileURLToPath(new URL('../../bin/nap.js', import.meta.url));

/** Runs the built nap (npm run build first) and says whether eemeli/yaml was loaded. */
function run(args: string[], files: Record<string, string>): { status: number | null; yamlLoaded: boolean } {
  const dir = workspace(files);
  // Preloaded: at exit, looks for eemeli/yaml among the loaded CommonJS modules (imported or required).
  const probe = join(dir, 'probe.cjs');
  writeFileSync(
    probe,
    'const loaded = () => Object.keys(require.cache).some((k) => /node_modules[\\\\/]yaml[\\\\/]/.test(k));\n' +
      "process.on('exit', () => process.stderr.write('\\nyaml loaded: ' + loaded() + '\\n'));\n",
  );
  const r = spawnSync(process.execPath, ['--require', probe, bin, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  const m = /yaml loaded: (true|false)/.exec(r.stderr);
  if (!m) throw new Error(`no probe output: ${r.stderr}`);
  return { status: r.status, yamlLoaded: m[1] === 'true' };
}

describe('the positional YAML parser loads only when there is something to report', () => {
  const plan = PLAN.replace('supersedes: t-2016\n', '');

  it('is not loaded for a valid plan, nor by --version', () => {
    expect(run(['validate'], { 'plans/t-2020/plan.yaml': plan })).toEqual({ status: 0, yamlLoaded: false });
    expect(run(['--version'], {})).toEqual({ status: 0, yamlLoaded: false });
  });

  it('is loaded for positions when a file has a finding', () => {
    const misspelled = edit(plan, 'lang: en', 'lnag: en');
    expect(run(['validate'], { 'plans/t-2020/plan.yaml': misspelled })).toEqual({ status: 1, yamlLoaded: true });
    const duplicate = `${plan}lang: fr\n`;
    expect(run(['validate'], { 'plans/t-2020/plan.yaml': duplicate })).toEqual({ status: 1, yamlLoaded: true });
  });
});
