import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readPdf } from '../pdf-helpers.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
// npm run test:e2e runs this file (vitest.e2e.config.ts); npm test leaves it out. Should the
// README's second command ever run it too, the inner run must not start a clone again.
const nested = process.env.NAP_QUICK_START_INNER === '1';

/** The two commands of the README's quick start, exactly as written. */
export function quickStart(readme: string): string[] {
  const section = readme.split(/^## Quick start$/m)[1]?.split(/^## /m)[0] ?? '';
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

describe.skipIf(nested)('the README quick start in a fresh clone', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nap-clone-'));
  const clone = join(dir, 'nap');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has exactly two commands', () => {
    expect(quickStart(readFileSync(join(repo, 'README.md'), 'utf8'))).toHaveLength(2);
  });

  it('sets up and renders the sample report (HTML and PDF) with the first, passes the tests with the second', async () => {
    execFileSync('git', ['clone', '--quiet', repo, clone]);
    const [setup, test] = quickStart(readFileSync(join(clone, 'README.md'), 'utf8'));
    const first = spawnSync('bash', ['-c', setup!], {
      cwd: clone,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true' },
    });
    expect(first.status, first.stderr.slice(-2000)).toBe(0);
    for (const kind of ['parliament', 'brief']) {
      expect(existsSync(join(clone, `reports/be-2013-2015-${kind}.en.html`))).toBe(true);
      const pdf = await readPdf(new Uint8Array(readFileSync(join(clone, `reports/be-2013-2015-${kind}.en.pdf`))));
      expect(pdf.pages[0]).toContain('Women, Peace and Security');
    }
    const second = spawnSync('bash', ['-c', test!], {
      cwd: clone,
      encoding: 'utf8',
      env: { ...process.env, NAP_QUICK_START_INNER: '1' },
    });
    expect(second.status, second.stdout.slice(-3000)).toBe(0);
    expect(second.stdout).toMatch(/^tests: \d+ passed, 0 failed/m);
  }, 900_000);
});
