import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveTargets } from '../../src/core/output/targets.js';
import { workspace } from '../cli/harness.js';

describe('--out: a folder, or one file named with the format extension', () => {
  const one = [{ name: 'a-to-b.en', format: 'pdf' as const }];

  it('defaults to a folder, and treats a name without a known extension as a folder', async () => {
    const cwd = workspace({ 'existing/x': 'x' });
    expect(await resolveTargets(cwd, undefined, 'reports', one)).toEqual([join(cwd, 'reports/a-to-b.en.pdf')]);
    expect(await resolveTargets(cwd, 'somefolder', 'reports', one)).toEqual([join(cwd, 'somefolder/a-to-b.en.pdf')]);
    expect(await resolveTargets(cwd, 'existing', 'reports', one)).toEqual([join(cwd, 'existing/a-to-b.en.pdf')]);
  });

  it('is a file when the name ends in the format extension', async () => {
    const cwd = workspace();
    expect(await resolveTargets(cwd, 'out/changes.pdf', 'reports', one)).toEqual([join(cwd, 'out/changes.pdf')]);
    expect(await resolveTargets(cwd, 'x.md', 'reports', [{ name: 'n', format: 'markdown' }])).toEqual([
      join(cwd, 'x.md'),
    ]);
  });

  it('refuses a file name for several files, or with another format extension', async () => {
    const cwd = workspace();
    const two = [...one, { name: 'a-to-b.fr', format: 'pdf' as const }];
    await expect(resolveTargets(cwd, 'x.pdf', 'reports', two)).rejects.toMatchObject({
      exitCode: 2,
      message: '--out x.pdf names one file, but this run writes 2 files',
    });
    await expect(resolveTargets(cwd, 'x.html', 'reports', one)).rejects.toMatchObject({
      exitCode: 2,
      message: '--out x.html ends in .html, but the format is pdf',
    });
  });

  it('writes into a pipe or device named by the user, as one file', async () => {
    const cwd = workspace();
    execFileSync('mkfifo', [join(cwd, 'pipe')]);
    expect(await resolveTargets(cwd, 'pipe', 'reports', one)).toEqual([join(cwd, 'pipe')]);
    expect(await resolveTargets(cwd, '/dev/null', 'reports', one)).toEqual(['/dev/null']);
  });
});
