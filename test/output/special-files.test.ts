import { execFileSync, spawn } from 'node:child_process';
import { lstatSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomic } from '../../src/core/output/atomic.js';
import { workspace } from '../cli/harness.js';

describe('--out onto something that is not a regular file', () => {
  it('a FIFO is written into, and stays a FIFO', async () => {
    const dir = workspace();
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (b: Buffer) => (got += b.toString()));
    const closed = new Promise((r) => reader.on('close', r));
    await writeAtomic(fifo, '{"ok":true}\n');
    await closed;
    expect(got).toBe('{"ok":true}\n');
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it('a character device is written into, never replaced', async () => {
    await writeAtomic('/dev/null', 'nothing');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('a symlink to a device is followed, and the link stays', async () => {
    const dir = workspace();
    symlinkSync('/dev/null', join(dir, 'sink'));
    await writeAtomic(join(dir, 'sink'), 'x');
    expect(lstatSync(join(dir, 'sink')).isSymbolicLink()).toBe(true);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('a symlink to a regular file: the file is replaced whole, the link stays', async () => {
    const dir = workspace({ 'real.json': 'old' });
    symlinkSync(join(dir, 'real.json'), join(dir, 'link.json'));
    await writeAtomic(join(dir, 'link.json'), 'new');
    expect(readlinkSync(join(dir, 'link.json'))).toBe(join(dir, 'real.json'));
    expect(readFileSync(join(dir, 'real.json'), 'utf8')).toBe('new');
  });

  it('a socket is refused with a message', async () => {
    const dir = workspace();
    const { createServer } = await import('node:net');
    const server = createServer();
    await new Promise<void>((r) => server.listen(join(dir, 'sock'), r));
    try {
      await expect(writeAtomic(join(dir, 'sock'), 'x')).rejects.toMatchObject({
        exitCode: 2,
        message: expect.stringContaining('it is a socket, not a file'),
      });
    } finally {
      server.close();
    }
  });

  it('a folder is refused with a message', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'x'), '');
    await expect(writeAtomic(dir, 'x')).rejects.toMatchObject({ message: expect.stringContaining('it is a folder') });
  });
});
