import { isUtf8 } from 'node:buffer';
import type { Dirent, Stats } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { EnvironmentError } from '../errors.js';
import { byName } from '../text/by-name.js';
import { lstat, readdirEntries, realpath, stat } from './fs-now.js';

/** What an entry is, once a link it may follow is followed. */
export type Kind = 'file' | 'folder' | 'special';

/**
 * One entry of a folder of plans, a plan folder or a progress folder, under the input policy:
 * a link is followed only when its real target stays inside the plans root.
 */
export type Entry = {
  /** The name as text; bytes that are not UTF-8 show as U+FFFD. */
  name: string;
  /** Path of the entry itself (of the link, for a link), as reached from what the user named. */
  path: string;
} & (
  | {
      ok: true;
      kind: Kind;
      /** Real path to read or list: inside the root, links resolved. */
      real: string;
      /** For a special file: which kind ("a named pipe"). */
      special?: string;
    }
  | {
      ok: false;
      why: Refusal;
      /** Where the entry leads, to tell whether it holds a plan: the real target of a link out of the root, the path of a name that is not UTF-8 as bytes. */
      target?: string | Buffer;
    }
);

/** Why an entry is not followed: a name that is not UTF-8, a link out of the root, a broken link. */
export type Refusal = 'name' | 'outside' | 'broken';

/**
 * The entries of a folder, sorted by name. `dir` is the real path to list, `shown` the path
 * the user reached it by, `root` the real path of the plans root that links may not leave.
 */
export async function listEntries(dir: string, shown: string, root: string): Promise<Entry[]> {
  const dirents = await readdirBytes(dir, shown);
  const entries = await Promise.all(dirents.map((d) => entryOf(d, dir, shown, root)));
  return entries.sort((a, b) => byName(a.name, b.name));
}

async function entryOf(d: Dirent<Buffer>, dir: string, shown: string, root: string): Promise<Entry> {
  const name = new TextDecoder('utf-8').decode(d.name);
  const path = join(shown, name);
  // A name that is not UTF-8 cannot be shown or matched: readdir as text would give U+FFFD,
  // and reading that name would fail. Such an entry is named (lossily), never read.
  if (!isUtf8(d.name))
    return { name, path, ok: false, why: 'name', target: Buffer.concat([Buffer.from(dir + sep), d.name]) };
  const at = join(dir, name);
  if (!d.isSymbolicLink()) return { name, path, ok: true, real: at, ...kindOf(d) };
  const real = await realpath(at).catch(() => undefined);
  if (real === undefined) return { name, path, ok: false, why: 'broken' };
  if (!isInside(real, root)) return { name, path, ok: false, why: 'outside', target: real };
  const st = await stat(real).catch(() => undefined);
  if (!st) return { name, path, ok: false, why: 'broken' };
  return { name, path, ok: true, real, ...kindOf(st) };
}

function kindOf(x: Dirent<Buffer> | Stats): { kind: Kind; special?: string } {
  if (x.isFile()) return { kind: 'file' };
  if (x.isDirectory()) return { kind: 'folder' };
  return { kind: 'special', special: specialKind(x) };
}

/** "a named pipe", "a socket", "a device": words for what is neither a file nor a folder. */
function specialKind(x: Dirent<Buffer> | Stats): string {
  if (x.isFIFO()) return 'a named pipe';
  if (x.isSocket()) return 'a socket';
  if (x.isCharacterDevice() || x.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

async function readdirBytes(dir: string, shown: string): Promise<Dirent<Buffer>[]> {
  try {
    return await readdirEntries(dir);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new EnvironmentError(
      `cannot list the folder ${shown}: ${e.code === 'EACCES' ? 'permission denied' : e.message}`,
      e.code === 'EACCES' ? 'give your user read access to the folder' : undefined,
    );
  }
}

/** True when `path` lies strictly inside `root` (both real paths). */
export function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** True when something (a file, a folder, a pipe, even a broken link) has this name. */
export async function exists(path: string | Buffer): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}
