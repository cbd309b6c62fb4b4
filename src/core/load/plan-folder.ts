import { access, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { displayPath, type PlanFolder } from './discover.js';
import type { PlanInput } from './inputs.js';
import { readText } from './read.js';

/** Reads a plan folder's files from disk into the input of the validation core. */
export async function readPlanFolder(folder: PlanFolder, cwd: string): Promise<PlanInput> {
  const show = (p: string) => displayPath(p, cwd);
  const progress: PlanInput['progress'] = [];
  for (const ref of folder.progressFiles) {
    const file = show(ref.path);
    const read = await readText(ref.path, file);
    progress.push(ref.yearFromName !== undefined ? { file, read, yearFromName: ref.yearFromName } : { file, read });
  }
  const planFile = show(folder.planFile);
  return {
    folderName: folder.folderName,
    siblingIds: await siblingPlanIds(folder.dir),
    plan: { file: planFile, read: await readText(folder.planFile, planFile) },
    progress,
  };
}

async function siblingPlanIds(dir: string): Promise<Set<string>> {
  const parent = dirname(dir);
  const ids = new Set<string>();
  for (const entry of await readdir(parent, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    try {
      await access(join(parent, entry.name, 'plan.yaml'));
      ids.add(entry.name);
    } catch {
      // no plan.yaml: not a plan
    }
  }
  return ids;
}
