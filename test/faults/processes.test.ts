import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workspace } from '../cli/harness.js';
import { readPdf } from '../pdf-helpers.js';
import { marked, settle } from './marker.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(repo, 'bin/nap.js');

function run(args: string[], env: Record<string, string> = {}) {
  const marker = randomUUID();
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', NAP_TEST_MARKER: marker, ...env },
    timeout: 120_000,
  });
  return { ...r, marker };
}

function fakeBrowser(dir: string, script: string): string {
  const path = join(dir, 'fake-chrome');
  writeFileSync(path, `#!/bin/sh\n${script}\n`);
  chmodSync(path, 0o755);
  return path;
}

describe('faults while printing PDFs', () => {
  it('a browser that crashes at start: a clear message, exit 2, no file, nothing left running', async () => {
    const out = workspace();
    const r = run(['report', 'be-2013', '--year', '2015', '--format', 'pdf', '--out', out], {
      PUPPETEER_EXECUTABLE_PATH: fakeBrowser(out, 'echo "segmentation fault" >&2; exit 139'),
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/nap: the browser .*fake-chrome did not start/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(out).filter((f) => f.endsWith('.pdf'))).toEqual([]);
    expect(await settle(r.marker)).toEqual([]);
  });

  it('a browser that answers with what is not DevTools: a clear message, exit 2, nothing left running', async () => {
    const out = workspace();
    const r = run(['report', 'be-2013', '--year', '2015', '--format', 'pdf', '--out', out, '--timeout', '20'], {
      // Descriptor 4 is where a browser started with --remote-debugging-pipe writes its messages.
      PUPPETEER_EXECUTABLE_PATH: fakeBrowser(out, "printf 'this is not json\\0' >&4; exec sleep 600"),
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/did not start: it sent what is not the DevTools protocol/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(out).filter((f) => f.endsWith('.pdf'))).toEqual([]);
    expect(await settle(r.marker)).toEqual([]);
  });

  it('a browser that hangs: stopped at the timeout with a message, exit 2, nothing left running', async () => {
    const out = workspace();
    const t = Date.now();
    const r = run(['report', 'be-2013', '--year', '2015', '--format', 'pdf', '--out', out, '--timeout', '1'], {
      PUPPETEER_EXECUTABLE_PATH: fakeBrowser(out, 'exec sleep 600'),
    });
    expect(r.status).toBe(2);
    // The timeout, then the browser's process group killed at once (not after a grace period).
    expect(Date.now() - t).toBeLessThan(5_000);
    expect(r.stderr).toMatch(/did not start: .*(Timed out|timeout)/i);
    expect(readdirSync(out).filter((f) => f.endsWith('.pdf'))).toEqual([]);
    expect(await settle(r.marker)).toEqual([]);
  });

  it('Ctrl-C while printing: exit 130, no partial file, no browser left', async () => {
    const out = workspace();
    const marker = randomUUID();
    const child = spawn(
      process.execPath,
      [bin, 'report', 'be-2013', '--year', '2015', '--format', 'pdf', '--kind', 'parliament', '--out', out],
      { cwd: repo, env: { ...process.env, NO_COLOR: '1', NAP_TEST_MARKER: marker } },
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    // Wait until the browser runs (more than the nap process carries the marker).
    const end = Date.now() + 30_000;
    while (marked(marker).length < 2 && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    expect(marked(marker).length).toBeGreaterThan(1);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toContain('interrupted');
    expect(readdirSync(out)).toEqual([]);
    expect(await settle(marker)).toEqual([]);
  }, 60_000);

  it('two runs writing the same report at once: both succeed, the files are whole, no temporary file', async () => {
    const out = workspace();
    const args = ['report', 'be-2013', '--year', '2015', '--format', 'all', '--kind', 'brief', '--out', out];
    const start = () =>
      new Promise<number | null>((resolve) =>
        spawn(process.execPath, [bin, ...args], {
          cwd: repo,
          stdio: 'ignore',
          env: { ...process.env, NO_COLOR: '1' },
        }).on('exit', resolve),
      );
    expect(await Promise.all([start(), start()])).toEqual([0, 0]);
    expect(readdirSync(out).sort()).toEqual(['be-2013-2015-brief.en.html', 'be-2013-2015-brief.en.pdf']);
    expect(readFileSync(join(out, 'be-2013-2015-brief.en.html'), 'utf8').trimEnd().endsWith('</html>')).toBe(true);
    const pdf = await readPdf(new Uint8Array(readFileSync(join(out, 'be-2013-2015-brief.en.pdf'))));
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
  }, 90_000);

  it('an output folder that cannot be written: a message and exit 2', () => {
    const out = workspace({ blocker: 'a file where the folder should be' });
    const r = run([
      'report',
      'be-2013',
      '--year',
      '2015',
      '--format',
      'html',
      '--out',
      join(out, 'blocker', 'reports'),
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot create the output folder/);
    expect(existsSync(join(out, 'blocker', 'reports'))).toBe(false);
  });
});
