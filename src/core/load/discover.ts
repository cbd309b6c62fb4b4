import { basename, dirname, join, resolve, sep } from 'node:path';
import { EnvironmentError, UsageError } from '../errors.js';
import { displayPath } from '../text/display-path.js';
import { exists, listEntries } from './entries.js';
import { realpath, stat } from './fs-now.js';
import { type PlanFolder, planFolderAt, refusedFolder } from './plan-files.js';

export type { FileRef, PlanFolder, ProgressFileRef } from './plan-files.js';

/** A plan folder to list, or one refused already (a name that is not UTF-8). */
type Candidate = string | PlanFolder;

/**
 * Resolves what the user named (plan folders, plan.yaml files, progress files,
 * folders of plans, plan ids under ./plans) to plan folders, without duplicates:
 * a link to a plan folder of the same root is that plan, listed once.
 */
export async function discoverPlans(paths: readonly string[], cwd: string): Promise<PlanFolder[]> {
  const show = (p: string) => displayPath(p, cwd);
  const targets = paths.length ? paths : [defaultPlansDir(cwd)];
  const candidates = new Map<string, Candidate>();
  for (const target of targets) {
    for (const c of await planDirsOf(target, cwd, paths.length === 0, show))
      candidates.set(typeof c === 'string' ? c : c.dir, c);
  }
  const folders = new Map<string, PlanFolder>();
  for (const c of candidates.values()) {
    const folder = typeof c === 'string' ? await planFolderAt(c, show) : c;
    const key = join(folder.root, folder.folderName);
    if (!folders.has(key)) folders.set(key, folder);
  }
  return [...folders.values()];
}

function defaultPlansDir(cwd: string): string {
  return join(cwd, 'plans');
}

async function planDirsOf(
  target: string,
  cwd: string,
  isDefault: boolean,
  show: (p: string) => string,
): Promise<Candidate[]> {
  const abs = resolve(cwd, target);
  const st = await statOrUndefined(abs);
  if (!st) {
    // A broken link named plan.yaml still makes a plan folder: its listing says what is wrong.
    if (basename(abs) === 'plan.yaml' && (await exists(abs))) return [dirname(abs)];
    const byId = join(defaultPlansDir(cwd), target);
    if (!target.includes('/') && !target.includes(sep) && (await exists(join(byId, 'plan.yaml')))) return [byId];
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
  if (!st.isDirectory()) {
    // A file, or a pipe or device in its place: the plan folder's listing refuses what is not a file.
    if (basename(abs) === 'plan.yaml') return [dirname(abs)];
    for (const kind of ['progress', 'narrative', 'assessments']) {
      const dir = enclosingDir(abs, kind);
      if (dir && (await exists(join(dirname(dir), 'plan.yaml')))) return [dirname(dir)];
    }
    throw new UsageError(
      `${target} is neither a plan.yaml nor a progress, narrative or assessment file inside a plan folder`,
      'name a plan folder, its plan.yaml, a file under its progress/, narrative/ or assessments/ folder, or a folder of plans',
    );
  }
  if (await exists(join(abs, 'plan.yaml'))) return [abs];
  if (
    ['progress', 'narrative', 'assessments'].includes(basename(abs)) &&
    (await exists(join(dirname(abs), 'plan.yaml')))
  )
    return [dirname(abs)];
  const found = await plansIn(abs, show);
  if (!found.length) {
    throw new UsageError(
      `no plan found in ${target}: it has no plan.yaml and no plan folders`,
      'a plan folder holds plan.yaml and optionally progress/',
      'E_NOT_FOUND',
    );
  }
  return found;
}

/** The plan folders of a folder of plans, links among them resolved under the input policy. */
async function plansIn(abs: string, show: (p: string) => string): Promise<Candidate[]> {
  const root = await realpath(abs);
  const found: Candidate[] = [];
  for (const e of await listEntries(root, abs, root)) {
    if (e.ok) {
      if (e.kind === 'folder' && (await exists(join(e.real, 'plan.yaml'))))
        found.push(await planFolderAt(join(abs, e.name), show, true));
    } else if (e.target !== undefined && (await exists(planFileIn(e.target)))) {
      // Refused, but a plan all the same: it gets a finding rather than silence.
      found.push(e.why === 'name' ? refusedFolder(e.path, 'name', show) : join(abs, e.name));
    }
  }
  return found;
}

function planFileIn(dir: string | Buffer): string | Buffer {
  return typeof dir === 'string' ? join(dir, 'plan.yaml') : Buffer.concat([dir, Buffer.from(`${sep}plan.yaml`)]);
}

/** The progress/ (or narrative/) folder a file sits in, at most two levels up. */
function enclosingDir(file: string, name: string): string | undefined {
  const parts = file.split(sep);
  const i = parts.lastIndexOf(name);
  return i > 0 && i >= parts.length - 3 ? parts.slice(0, i + 1).join(sep) : undefined;
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
