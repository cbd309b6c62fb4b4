import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { EnvironmentError, UsageError } from '../errors.js';

/** A plan folder on disk: its plan.yaml and every progress file under progress/. */
export interface PlanFolder {
  /** Absolute folder path; its name is the plan id by FORMAT.md. */
  dir: string;
  folderName: string;
  planFile: string;
  progressFiles: ProgressFileRef[];
}

export interface ProgressFileRef {
  path: string;
  /** The year its name or folder gives (progress/2015.yaml, progress/2015/defence.yaml), if any. */
  yearFromName?: number;
}

const YAML_EXT = /\.ya?ml$/i;

/**
 * Resolves what the user named (plan folders, plan.yaml files, progress files,
 * folders of plans, plan ids under ./plans) to plan folders, without duplicates.
 */
export async function discoverPlans(paths: readonly string[], cwd: string): Promise<PlanFolder[]> {
  const targets = paths.length ? paths : [defaultPlansDir(cwd)];
  const dirs = new Set<string>();
  for (const target of targets) {
    for (const dir of await planDirsOf(target, cwd, paths.length === 0)) dirs.add(dir);
  }
  const folders: PlanFolder[] = [];
  for (const dir of dirs) folders.push(await planFolder(dir));
  return folders;
}

function defaultPlansDir(cwd: string): string {
  return join(cwd, 'plans');
}

async function planDirsOf(target: string, cwd: string, isDefault: boolean): Promise<string[]> {
  const abs = resolve(cwd, target);
  const st = await statOrUndefined(abs);
  if (!st) {
    const byId = join(defaultPlansDir(cwd), target);
    if (!target.includes('/') && !target.includes(sep) && (await isFile(join(byId, 'plan.yaml')))) return [byId];
    if (isDefault)
      throw new EnvironmentError(
        `there is no plans folder here (${abs})`,
        'run nap in the folder that holds plans/, or name a plan folder or file',
        'E_NOT_FOUND',
      );
    throw new EnvironmentError(
      `${target}: no such file or folder, and no plan with that id under ./plans`,
      'check the path; `ls plans` lists the plan ids',
      'E_NOT_FOUND',
    );
  }
  if (st.isFile()) {
    if (basename(abs) === 'plan.yaml') return [dirname(abs)];
    const progressDir = enclosingProgressDir(abs);
    if (progressDir && (await isFile(join(dirname(progressDir), 'plan.yaml')))) return [dirname(progressDir)];
    throw new UsageError(
      `${target} is neither a plan.yaml nor a progress file inside a plan folder`,
      'name a plan folder, its plan.yaml, a file under its progress/ folder, or a folder of plans',
    );
  }
  if (await isFile(join(abs, 'plan.yaml'))) return [abs];
  if (basename(abs) === 'progress' && (await isFile(join(dirname(abs), 'plan.yaml')))) return [dirname(abs)];
  const found: string[] = [];
  for (const entry of (await readdir(abs, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.isDirectory() && (await isFile(join(abs, entry.name, 'plan.yaml')))) found.push(join(abs, entry.name));
  }
  if (!found.length) {
    throw new UsageError(
      `no plan found in ${target}: it has no plan.yaml and no plan folders`,
      'a plan folder holds plan.yaml and optionally progress/',
      'E_NOT_FOUND',
    );
  }
  return found;
}

function enclosingProgressDir(file: string): string | undefined {
  const parts = file.split(sep);
  const i = parts.lastIndexOf('progress');
  return i > 0 && i >= parts.length - 3 ? parts.slice(0, i + 1).join(sep) : undefined;
}

async function planFolder(dir: string): Promise<PlanFolder> {
  const progressDir = join(dir, 'progress');
  const progressFiles: ProgressFileRef[] = [];
  if ((await statOrUndefined(progressDir))?.isDirectory()) {
    for (const entry of (await readdir(progressDir, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(progressDir, entry.name);
      if (entry.isFile() && YAML_EXT.test(entry.name)) {
        progressFiles.push(withYear(path, entry.name.replace(YAML_EXT, '')));
      } else if (entry.isDirectory()) {
        for (const inner of (await readdir(path, { withFileTypes: true })).sort((a, b) =>
          a.name.localeCompare(b.name),
        )) {
          if (inner.isFile() && YAML_EXT.test(inner.name))
            progressFiles.push(withYear(join(path, inner.name), entry.name));
        }
      }
    }
  }
  return { dir, folderName: basename(dir), planFile: join(dir, 'plan.yaml'), progressFiles };
}

function withYear(path: string, name: string): ProgressFileRef {
  return /^\d{4}$/.test(name) ? { path, yearFromName: Number(name) } : { path };
}

/** Path as shown to the user: relative to the working folder when inside it. */
export function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}

async function statOrUndefined(path: string) {
  try {
    return await stat(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR')
      return undefined;
    throw new EnvironmentError(`cannot read ${path}: ${(err as Error).message}`);
  }
}

async function isFile(path: string): Promise<boolean> {
  return (await statOrUndefined(path))?.isFile() ?? false;
}
