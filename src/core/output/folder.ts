import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { EnvironmentError, InterruptedError, UsageError } from '../errors.js';

/** The list of files nap wrote into a folder, kept in it so a rebuild knows which files are its own. */
export const MANIFEST = '.nap-files.json';

export interface FolderFile {
  /** Relative to the folder, with '/'. */
  path: string;
  content: string | Uint8Array;
}

/**
 * Writes a whole folder (a site) so that readers see the old folder or the whole new one, never
 * a half-written one: the files go into a temporary folder beside it, which is then renamed into
 * place. Files of the old folder that nap did not write (a CNAME, a README of the user) are
 * copied into the new one; a folder nap did not make is refused unless it is empty, and a
 * folder holding an input file is never replaced.
 */
export async function writeFolderAtomic(
  target: string,
  files: readonly FolderFile[],
  inputs: ReadonlySet<string>,
  check: () => void = () => undefined,
): Promise<void> {
  const dest = await fs.realpath(target).catch(() => resolve(target));
  for (const input of inputs)
    if (input === dest || input.startsWith(dest + sep))
      throw new UsageError(
        `refusing to replace ${target}: it holds the input file ${relative(dest, input)}`,
        'choose another output folder with --out',
        'E_INPUT_OVERWRITE',
      );
  const existing = await fs.stat(dest).catch(() => undefined);
  if (existing && !existing.isDirectory())
    throw new EnvironmentError(
      `cannot write the folder ${target}: a file has that name`,
      'choose another --out',
      'E_WRITE',
    );
  const ours = existing ? await ownFiles(dest, target) : new Set<string>();
  const parent = dirname(dest);
  await fs.mkdir(parent, { recursive: true }).catch((err: unknown) => {
    throw writeError(parent, err);
  });
  const stamp = randomBytes(6).toString('hex');
  const temp = join(parent, `.${basename(dest)}.${stamp}.tmp`);
  const old = join(parent, `.${basename(dest)}.${stamp}.old`);
  try {
    await fs.mkdir(temp);
    const dirs = new Set(files.map((f) => dirname(join(temp, f.path))));
    for (const d of dirs) await fs.mkdir(d, { recursive: true });
    // A few files at once: a site has thousands, and each write waits on the disk.
    for (let i = 0; i < files.length; i += 32) {
      check();
      await Promise.all(files.slice(i, i + 32).map((f) => fs.writeFile(join(temp, f.path), f.content, { flag: 'wx' })));
    }
    await fs.writeFile(join(temp, MANIFEST), `${JSON.stringify(files.map((f) => f.path).sort(), null, 1)}\n`);
    if (existing) await keepUserFiles(dest, temp, ours, new Set(files.map((f) => f.path)), target);
    check();
    if (existing) await fs.rename(dest, old);
    try {
      await fs.rename(temp, dest);
    } catch (err) {
      if (existing) await fs.rename(old, dest);
      throw err;
    }
  } catch (err) {
    await fs.rm(temp, { recursive: true, force: true });
    if (err instanceof UsageError || err instanceof EnvironmentError || err instanceof InterruptedError) throw err;
    throw writeError(target, err);
  }
  if (existing) await fs.rm(old, { recursive: true, force: true });
}

/** The files a previous run wrote into the folder; an empty folder is fine, another one is refused. */
async function ownFiles(dest: string, shown: string): Promise<Set<string>> {
  const text = await fs.readFile(join(dest, MANIFEST), 'utf8').catch(() => undefined);
  if (text === undefined) {
    if ((await fs.readdir(dest)).length === 0) return new Set();
    throw new UsageError(
      `refusing to write into ${shown}: the folder is not empty and was not made by nap`,
      'give --out a new or empty folder, or one nap wrote before',
    );
  }
  const list = JSON.parse(text) as unknown;
  return new Set(Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : []);
}

/** Copies every file of the old folder that nap did not write into the new one. */
async function keepUserFiles(
  from: string,
  to: string,
  ours: ReadonlySet<string>,
  fresh: ReadonlySet<string>,
  shown: string,
): Promise<void> {
  const walk = async (rel: string): Promise<void> => {
    for (const e of await fs.readdir(join(from, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (path === MANIFEST || ours.has(path)) continue;
      if (e.isDirectory() && [...ours].some((p) => p.startsWith(`${path}/`))) {
        await walk(path);
        continue;
      }
      if (fresh.has(path) || [...fresh].some((p) => p.startsWith(`${path}/`)))
        throw new UsageError(
          `refusing to replace ${shown}/${path}: nap did not write it, and the new site has a file there`,
          'move or rename that file, then run again',
        );
      await fs.mkdir(dirname(join(to, path)), { recursive: true });
      await fs.cp(join(from, path), join(to, path), {
        recursive: true,
        verbatimSymlinks: true,
        preserveTimestamps: true,
      });
    }
  };
  await walk('');
}

function writeError(target: string, err: unknown): EnvironmentError {
  const e = err as NodeJS.ErrnoException;
  return new EnvironmentError(
    `cannot write ${target}: ${e.code === 'ENOSPC' ? 'the disk is full' : e.code === 'EACCES' || e.code === 'EPERM' ? 'permission denied' : e.message}`,
    'check that the output folder is writable and has room, or choose another with --out',
    'E_WRITE',
  );
}
