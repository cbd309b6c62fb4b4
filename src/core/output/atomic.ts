import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { EnvironmentError, UsageError } from '../errors.js';
import { lstat, realpath, stat } from '../load/fs-now.js';

/**
 * Writes a file so that readers see either the old file or the whole new one:
 * a temporary file beside it, then a rename. Input files are never overwritten.
 * A target that exists and is not a regular file (a pipe, a terminal, /dev/null,
 * a symlink to one) is written into, never renamed over: replacing it would destroy it.
 */
export async function writeAtomic(
  target: string,
  data: string | Uint8Array,
  inputs: ReadonlySet<string> = new Set(),
  ops: FileOps = NOW,
): Promise<void> {
  const real = await ops.realpath(target).catch(() => resolve(target));
  if (inputs.has(real))
    throw new UsageError(
      `refusing to overwrite the input file ${target}`,
      'choose another output folder with --out',
      'E_INPUT_OVERWRITE',
    );
  const existing = await ops.stat(target).catch(() => undefined);
  if (existing?.isDirectory())
    throw new EnvironmentError(
      `cannot write ${target}: it is a folder`,
      'choose another file name with --out',
      'E_WRITE',
    );
  // A pipe may wait for its reader: written asynchronously, so that Ctrl-C can still stop the run.
  if (existing && !existing.isFile()) return writeThrough(target, data, existing, ops === NOW ? fs : ops);
  // A symlink to a regular file: replace the file it points to and keep the link.
  const dest = existing && (await ops.lstat(target)).isSymbolicLink() ? real : target;
  const dir = dirname(dest);
  try {
    await ops.mkdir(dir, { recursive: true });
  } catch (err) {
    throw new EnvironmentError(
      `cannot create the output folder ${dir}: ${reason(err)}`,
      'choose another folder with --out',
      'E_WRITE',
    );
  }
  const temp = join(dir, `.${basename(dest)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await ops.writeFile(temp, data, { flag: 'wx' });
    await ops.rename(temp, dest);
  } catch (err) {
    await ops.unlink(temp).catch(() => undefined);
    throw writeError(target, err);
  }
}

/** Pipes and character devices take the bytes as a stream; sockets and block devices are refused. */
async function writeThrough(
  target: string,
  data: string | Uint8Array,
  st: import('node:fs').Stats,
  ops: FileOps,
): Promise<void> {
  if (!st.isFIFO() && !st.isCharacterDevice()) {
    throw new EnvironmentError(
      `refusing to write to ${target}: it is a ${st.isSocket() ? 'socket' : st.isBlockDevice() ? 'block device' : 'special file'}, not a file`,
      'choose a regular file or a folder with --out',
      'E_WRITE',
    );
  }
  try {
    // 'w' on a pipe or device writes into it; it does not truncate or replace anything.
    await ops.writeFile(target, data, { flag: 'w' });
  } catch (err) {
    throw writeError(target, err);
  }
}

function writeError(target: string, err: unknown): EnvironmentError {
  const full = (err as NodeJS.ErrnoException).code === 'ENOSPC';
  return new EnvironmentError(
    `cannot write ${target}: ${reason(err)}`,
    full
      ? 'free some disk space, or choose another folder with --out'
      : 'check that the output folder is writable, or choose another with --out',
    'E_WRITE',
  );
}

/** The real paths of a run's input files, which writeAtomic refuses to overwrite. */
export async function realPaths(paths: readonly string[]): Promise<Set<string>> {
  return new Set(await Promise.all(paths.map((p) => NOW.realpath(p).catch(() => resolve(p)))));
}

/** The file operations used, so tests can simulate a full disk. */
export type FileOps = Pick<typeof fs, 'mkdir' | 'realpath' | 'writeFile' | 'rename' | 'unlink' | 'stat' | 'lstat'>;

/**
 * The steps of a write to a regular file, made synchronously underneath (as reading plans is,
 * load/fs-now.ts): each is short, and each round trip through libuv's thread pool (busy loading
 * modules while the browser prints) took 25 ms, seven of them per file. Errors are those of the
 * promise API.
 */
const NOW: FileOps = {
  realpath: realpath as FileOps['realpath'],
  stat: stat as FileOps['stat'],
  lstat: lstat as FileOps['lstat'],
  mkdir: (async (path: string, o: { recursive: true }) => mkdirSync(path, o)) as FileOps['mkdir'],
  writeFile: (async (path: string, data: string | Uint8Array, o: { flag: string }) =>
    writeFileSync(path, data, o)) as FileOps['writeFile'],
  rename: async (from, to) => renameSync(from, to),
  unlink: async (path) => unlinkSync(path),
};

function reason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOSPC':
      return 'the disk is full';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'a file stands where a folder is needed';
    default:
      return e.message;
  }
}
