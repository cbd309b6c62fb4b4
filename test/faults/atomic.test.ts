import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EnvironmentError, UsageError } from '../../src/core/errors.js';
import { type FileOps, writeAtomic } from '../../src/core/output/atomic.js';
import { workspace } from '../cli/harness.js';

describe('atomic writes', () => {
  it('on a full disk: a clear message, the old file intact, no temporary file left', async () => {
    const dir = workspace({ 'report.html': 'the previous report' });
    const full: FileOps = {
      ...fs,
      // Write half of the data, then fail as a full disk does.
      writeFile: (async (path: string, data: string) => {
        await fs.writeFile(path, data.slice(0, data.length / 2));
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      }) as FileOps['writeFile'],
    };
    const err = await writeAtomic(join(dir, 'report.html'), 'x'.repeat(1000), new Set(), full).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EnvironmentError);
    expect((err as EnvironmentError).message).toMatch(/cannot write .*report\.html: the disk is full/);
    expect((err as EnvironmentError).hint).toMatch(/free some disk space/);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toBe('the previous report');
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  it('never overwrites an input file', async () => {
    const dir = workspace({ 'plan.yaml': 'nap: 1' });
    const input = await fs.realpath(join(dir, 'plan.yaml'));
    await expect(writeAtomic(join(dir, 'plan.yaml'), 'oops', new Set([input]))).rejects.toThrow(UsageError);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe('nap: 1');
  });

  it('replaces a file whole', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'a.txt'), 'old');
    await writeAtomic(join(dir, 'a.txt'), 'new');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('new');
    expect(existsSync(join(dir, 'sub'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });
});
