import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InterruptedError } from '../../src/core/errors.js';
import { MANIFEST, writeFolderAtomic } from '../../src/core/output/folder.js';
import { workspace } from '../cli/harness.js';

// A folder written by the output stage: the old one or the whole new one, never half of either.

describe('writeFolderAtomic', () => {
  it('leaves the old folder as it was, and nothing beside it, when a write fails midway', async () => {
    const cwd = workspace();
    const site = join(cwd, 'site');
    await writeFolderAtomic(site, [{ path: 'index.html', content: 'old' }], new Set());
    // 'a' is a file and a folder at once: the second write fails after the first succeeded.
    const broken = [
      { path: 'index.html', content: 'new' },
      { path: 'a', content: 'x' },
      { path: 'a/b.html', content: 'y' },
    ];
    await expect(writeFolderAtomic(site, broken, new Set())).rejects.toThrow(/cannot write/);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('old');
    expect(readdirSync(cwd)).toEqual(['site']);
  });

  it('stops at an interruption and removes what it had written', async () => {
    const cwd = workspace();
    const files = Array.from({ length: 100 }, (_, i) => ({ path: `p/${i}.html`, content: String(i) }));
    let calls = 0;
    const check = () => {
      if (++calls > 2) throw new InterruptedError('SIGINT');
    };
    await expect(writeFolderAtomic(join(cwd, 'site'), files, new Set(), check)).rejects.toBeInstanceOf(
      InterruptedError,
    );
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('lists its own files, so a rebuild removes the stale ones and keeps the others', async () => {
    const cwd = workspace();
    const site = join(cwd, 'site');
    await writeFolderAtomic(site, [{ path: 'old.html', content: '1' }], new Set());
    mkdirSync(join(site, 'assets'));
    writeFileSync(join(site, 'assets/logo.png'), 'png');
    await writeFolderAtomic(site, [{ path: 'new.html', content: '2' }], new Set());
    expect(existsSync(join(site, 'old.html'))).toBe(false);
    expect(readFileSync(join(site, 'assets/logo.png'), 'utf8')).toBe('png');
    expect(JSON.parse(readFileSync(join(site, MANIFEST), 'utf8'))).toEqual(['new.html']);
  });
});
