import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { EnvironmentError, UsageError } from '../errors.js';

/**
 * Writes a file so that readers see either the old file or the whole new one:
 * a temporary file beside it, then a rename. Input files are never overwritten.
 */
export async function writeAtomic(target: string, data: string | Uint8Array, inputs: ReadonlySet<string> = new Set(), ops: FileOps = fs): Promise<void> {
  const dir = dirname(target);
  try {
    await ops.mkdir(dir, { recursive: true });
  } catch (err) {
    throw new EnvironmentError(`cannot create the output folder ${dir}: ${reason(err)}`, 'choose another folder with --out');
  }
  const real = await ops.realpath(target).catch(() => resolve(target));
  if (inputs.has(real)) throw new UsageError(`refusing to overwrite the input file ${target}`, 'choose another output folder with --out');
  const temp = join(dir, `.${basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await ops.writeFile(temp, data, { flag: 'wx' });
    await ops.rename(temp, target);
  } catch (err) {
    await ops.unlink(temp).catch(() => undefined);
    throw new EnvironmentError(`cannot write ${target}: ${reason(err)}`, (err as NodeJS.ErrnoException).code === 'ENOSPC' ? 'free some disk space, or choose another folder with --out' : 'check that the output folder is writable, or choose another with --out');
  }
}

/** The real paths of a run's input files, which writeAtomic refuses to overwrite. */
export async function realPaths(paths: readonly string[]): Promise<Set<string>> {
  return new Set(await Promise.all(paths.map((p) => fs.realpath(p).catch(() => resolve(p)))));
}

/** The file operations used, so tests can simulate a full disk. */
export type FileOps = Pick<typeof fs, 'mkdir' | 'realpath' | 'writeFile' | 'rename' | 'unlink'>;

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
