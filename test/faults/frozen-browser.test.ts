import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workspace } from '../cli/harness.js';
import { browserRunning, marked, settle } from './marker.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));

const allPids = () =>
  readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number);
const read = (path: string) => {
  try {
    return readFileSync(path, 'latin1');
  } catch {
    return ''; // the process is gone
  }
};
const cmdline = (pid: number) => read(`/proc/${pid}/cmdline`);
/** The process group: the fifth field of /proc/<pid>/stat, after the command in parentheses. */
const groupOf = (pid: number) => Number(read(`/proc/${pid}/stat`).split(') ')[1]?.split(' ')[2] ?? -1);

describe('a browser that freezes while printing', () => {
  it('is given up after --timeout, killed with its whole process group, and nap exits', async () => {
    const out = workspace();
    const tmp = workspace();
    const marker = randomUUID();
    const child = spawn(
      process.execPath,
      [
        join(repo, 'bin/nap.js'),
        'report',
        'be-2013',
        '--year',
        '2015',
        '--format',
        'pdf',
        '--kind',
        'parliament',
        '--out',
        out,
        '--timeout',
        '3',
      ],
      {
        cwd: repo,
        env: { ...process.env, NO_COLOR: '1', NAP_TEST_MARKER: marker, TMPDIR: tmp },
      },
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    expect(await browserRunning(marker)).toBe(true);
    // Freeze the renderers as soon as they run, as a hung page would be.
    // Renderers do not inherit the marker: they are found by the browser's process group,
    // and every one is frozen as soon as it appears, as a hung page would be.
    const groups = new Set(
      marked(marker)
        .filter((pid) => pid !== child.pid)
        .map(groupOf),
    );
    const frozen = new Set<number>();
    const freezer = setInterval(() => {
      for (const pid of allPids()) {
        if (frozen.has(pid) || !groups.has(groupOf(pid)) || !cmdline(pid).includes('--type=renderer')) continue;
        process.kill(pid, 'SIGSTOP');
        frozen.add(pid);
      }
    }, 10);
    void exited.finally(() => clearInterval(freezer));
    while (!frozen.size) {
      // Fail with what happened rather than wait for the test's timeout.
      if (child.exitCode !== null)
        throw new Error(`nap ended (${child.exitCode}) before a renderer was frozen: ${stderr}`);
      await new Promise((r) => setTimeout(r, 10));
    }
    const frozenAt = Date.now();
    const code = await exited;
    expect(code).toBe(2);
    // One step's timeout, then bounded closing (a few seconds), never the 18 s and more of before.
    expect(Date.now() - frozenAt).toBeLessThan(15_000);
    expect(stderr).toMatch(/nap: the browser failed to print the PDF/);
    expect(readdirSync(out)).toEqual([]);
    expect(await settle(marker)).toEqual([]);
    expect(readdirSync(tmp)).toEqual([]);
  }, 60_000);
});
