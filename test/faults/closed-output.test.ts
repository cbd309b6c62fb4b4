import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workspace } from '../cli/harness.js';
import { browserRunning, settle } from './marker.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const REPORT = ['report', 'be-2013', '--year', '2015', '--format', 'pdf'];

function start(script: string[], tmp: string) {
  const marker = randomUUID();
  const child = spawn(process.execPath, script, {
    cwd: repo,
    env: { ...process.env, NO_COLOR: '1', NAP_TEST_MARKER: marker, TMPDIR: tmp },
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, marker, exited, stderr: () => stderr };
}

describe('a run that loses its output or crashes while printing', () => {
  it('a reader that stops reading (| head): the PDFs are still written, no stack trace, nothing left', async () => {
    const out = workspace();
    const tmp = workspace();
    const run = start([join(repo, 'bin/nap.js'), ...REPORT, '--out', out], tmp);
    run.child.stdout.destroy(); // "wrote …" now meets a closed pipe (EPIPE)
    expect(await run.exited).toBe(0);
    expect(run.stderr()).not.toMatch(/EPIPE|at .*\.js/);
    expect(readdirSync(out).sort()).toEqual(['be-2013-2015-brief.en.pdf', 'be-2013-2015-parliament.en.pdf']);
    expect(await settle(run.marker)).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
  }, 60_000);

  it('nap killed outright (SIGKILL) while printing: its browser sees its pipe close and exits', async () => {
    const out = workspace();
    const tmp = workspace();
    const run = start([join(repo, 'bin/nap.js'), ...REPORT, '--out', out], tmp);
    expect(await browserRunning(run.marker)).toBe(true);
    run.child.kill('SIGKILL');
    await run.exited;
    // Nothing of nap could run: the browser ends by itself (its profile folder is left behind).
    expect(await settle(run.marker, 10_000)).toEqual([]);
  }, 60_000);

  it('a crash while the browser runs still kills it and removes its profile folder', async () => {
    const out = workspace();
    const tmp = workspace();
    const harness = fileURLToPath(new URL('crash-harness.mjs', import.meta.url));
    const run = start([harness, join(repo, 'dist/app/main.js'), ...REPORT, '--out', out], tmp);
    expect(await run.exited).not.toBe(0);
    expect(run.stderr()).toContain('a crash while printing');
    // Without nap's exit cleanup the browser would exit by itself (its pipe closed), but its
    // profile folder would stay in TMPDIR.
    expect(await settle(run.marker)).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
  }, 60_000);
});
