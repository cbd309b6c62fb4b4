import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generate } from '../../bench/generate.mjs';
import { workspace } from '../cli/harness.js';
import { browserRunning, settle } from './marker.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(repo, 'bin/nap.js');

function start(args: string[], cwd: string, env: Record<string, string> = {}) {
  const marker = randomUUID();
  const child = spawn(process.execPath, [bin, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', NAP_TEST_MARKER: marker, ...env },
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) =>
    child.on('exit', (code, signal) => r({ code, signal })),
  );
  return { child, marker, exited, stderr: () => stderr };
}

describe('signals', () => {
  it('SIGTERM during a long validation ends it at once: nothing is open, nothing to undo', async () => {
    const root = workspace();
    generate(root, 10_000); // two editions of 10,000 actions, one with three years of progress: seconds of work
    const run = start(['validate'], root);
    await new Promise((r) => setTimeout(r, 500)); // well inside the parse of the first 4 MB plan
    // Still at work: otherwise this test would prove nothing (make the plans larger).
    expect(run.child.exitCode).toBeNull();
    const sent = Date.now();
    run.child.kill('SIGTERM');
    const { code, signal } = await run.exited;
    expect(Date.now() - sent).toBeLessThan(1000);
    expect(signal === 'SIGTERM' || code === 143).toBe(true);
  }, 60_000);

  for (const [sig, code] of [
    ['SIGHUP', 129],
    ['SIGTERM', 143],
  ] as const) {
    it(`${sig} while printing: exit ${code}, no file, no browser and no profile folder left`, async () => {
      const out = workspace();
      const tmp = workspace();
      const run = start(
        ['report', 'be-2013', '--year', '2015', '--format', 'pdf', '--kind', 'parliament', '--out', out],
        repo,
        { TMPDIR: tmp },
      );
      expect(await browserRunning(run.marker)).toBe(true);
      run.child.kill(sig);
      expect((await run.exited).code).toBe(code);
      expect(run.stderr()).toContain('interrupted');
      expect(readdirSync(out)).toEqual([]);
      expect(await settle(run.marker)).toEqual([]);
      expect(readdirSync(tmp)).toEqual([]);
    }, 60_000);
  }

  it('a second Ctrl-C exits at once, and still leaves no browser and no profile folder', async () => {
    const out = workspace();
    const tmp = workspace();
    const run = start(
      ['report', 'be-2013', '--year', '2015', '--format', 'pdf', '--kind', 'parliament', '--out', out],
      repo,
      { TMPDIR: tmp },
    );
    expect(await browserRunning(run.marker)).toBe(true);
    run.child.kill('SIGINT');
    await new Promise((r) => setTimeout(r, 20));
    run.child.kill('SIGINT');
    // 130 from nap, or SIGINT itself when the second one lands as the process is already exiting
    // (Node no longer runs handlers then): a shell reports both as 130.
    const { code, signal } = await run.exited;
    expect(code === 130 || signal === 'SIGINT', `exit ${code}, signal ${signal}`).toBe(true);
    expect(readdirSync(out)).toEqual([]);
    expect(await settle(run.marker)).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
  }, 60_000);
});
