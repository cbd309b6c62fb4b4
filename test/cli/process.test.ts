import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { edit, PLAN } from '../helpers.js';
import { workspace } from './harness.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(repo, 'bin/nap.js');
const nap = (args: string[], cwd: string) =>
  spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

/** bin/nap.js runs dist/: a source file changed after the last build would be tested stale. */
function staleDist(): string | undefined {
  const built = join(repo, 'dist/app/main.js');
  const rebuild = 'dist/ is older than src/ — run npm run build';
  if (!existsSync(built)) return `${rebuild} (dist/app/main.js is missing)`;
  const builtAt = statSync(built).mtimeMs;
  for (const entry of readdirSync(join(repo, 'src'), { recursive: true, withFileTypes: true })) {
    const file = join(entry.parentPath, entry.name);
    if (entry.isFile() && statSync(file).mtimeMs > builtAt) {
      return `${rebuild} (${relative(repo, file)} changed after dist/app/main.js was built)`;
    }
  }
  return undefined;
}

describe('the built nap executable (npm run build first)', () => {
  beforeAll(() => {
    const stale = staleDist();
    if (stale) throw new Error(stale);
  });

  it('exits 0 on a valid plan and 1 on an invalid one', () => {
    expect(
      nap(['validate'], workspace({ 'plans/t-2020/plan.yaml': PLAN.replace('supersedes: t-2016\n', '') })).status,
    ).toBe(0);
    const bad = nap(['validate'], workspace({ 'plans/t-2020/plan.yaml': edit(PLAN, 'lang: en', 'lang: 12') }));
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('NAP022');
  });

  it('exits 2 with a message, not a stack trace, for a missing path', () => {
    const r = nap(['validate', 'nowhere'], workspace());
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^nap: nowhere: no such file or folder/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints its version and help', () => {
    expect(nap(['--version'], workspace()).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = nap(['--help'], workspace());
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('validate');
  });
});
