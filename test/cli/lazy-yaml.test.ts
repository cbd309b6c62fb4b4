import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { edit, PLAN } from '../helpers.js';
import { workspace } from './harness.js';

const bin = fileURLToPath(new URL('../../bin/nap.js', import.meta.url));

/** Runs the built nap (npm run build first) and says whether eemeli/yaml was loaded. */
function run(
  args: string[],
  files: Record<string, string>,
): { status: number | null; yamlLoaded: boolean; stdout: string } {
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
  return { status: r.status, yamlLoaded: m[1] === 'true', stdout: r.stdout };
}

describe('the positional YAML parser (eemeli/yaml) loads only for files the fast parser gives up on', () => {
  const plan = PLAN.replace('supersedes: t-2016\n', '');

  it('is not loaded for a valid plan, nor by --version', () => {
    expect(run(['validate'], { 'plans/t-2020/plan.yaml': plan })).toMatchObject({ status: 0, yamlLoaded: false });
    expect(run(['--version'], {})).toMatchObject({ status: 0, yamlLoaded: false });
  });

  it('is not loaded for the position of a schema finding in a file the fast parser read', () => {
    const misspelled = edit(plan, 'lang: en', 'lnag: en');
    const line = misspelled.slice(0, misspelled.indexOf('lnag:')).split('\n').length;
    const r = run(['validate', '--format', 'github'], { 'plans/t-2020/plan.yaml': misspelled });
    expect(r).toMatchObject({ status: 1, yamlLoaded: false });
    expect(r.stdout).toContain(`line=${line},col=1,`);
  });

  it('is loaded for what the fast parser gives up on', () => {
    const duplicate = `${plan}lang: fr\n`;
    expect(run(['validate'], { 'plans/t-2020/plan.yaml': duplicate })).toMatchObject({ status: 1, yamlLoaded: true });
  });
});
