import { join } from 'node:path';
import { displayPath } from '../text/display-path.js';
import type { FileRef, PlanFolder, ProgressFileRef } from './discover.js';
import { exists, listEntries } from './entries.js';
import { realpath } from './fs-now.js';
import type { PlanInput, SourceInput } from './inputs.js';
import { type ReadResult, readText } from './read.js';

/**
 * Reads a plan folder's files from disk into the input of the validation core. `siblings` keeps
 * the plan ids of each plans root for the other folders of one run: listing the root again for
 * every plan made a folder of 200 plans take 40,000 file checks (2 s).
 */
export async function readPlanFolder(
  folder: PlanFolder,
  cwd: string,
  siblings = new Map<string, Promise<Set<string>>>(),
): Promise<PlanInput> {
  const show = (p: string) => displayPath(p, cwd);
  // Progress files, narratives and assessments alike: read, each with the year of its name.
  const readAll = async (refs: readonly ProgressFileRef[]) => {
    const out: NonNullable<PlanInput['narratives']> = [];
    for (const ref of refs) {
      const file = show(ref.path);
      const read = await readRef(ref, file);
      out.push(ref.yearFromName !== undefined ? { file, read, yearFromName: ref.yearFromName } : { file, read });
    }
    return out;
  };
  const progress = await readAll(folder.progressFiles);
  const narratives = await readAll(folder.narrativeFiles);
  const assessments = await readAll(folder.assessmentFiles);
  const planFile = show(folder.plan.path);
  const siblingIds = await siblingsOf(siblings, folder.root);
  const planRead = await readRef(folder.plan, planFile);
  const continuedPlans = await readContinued(planRead, folder, siblingIds, show);
  return {
    folderName: folder.folderName,
    siblingIds,
    plan: { file: planFile, read: planRead },
    ...(continuedPlans.size ? { continuedPlans } : {}),
    progress,
    narratives,
    assessments,
    findings: [
      ...folder.findings,
      ...folder.progressFindings,
      ...folder.narrativeFindings,
      ...folder.assessmentFindings,
    ],
  };
}

/**
 * The earlier editions this plan's actions continue (`continues: be-2009:2.a`), when they sit in the
 * same plans root, so that validation can check the action exists. Found in the text before parsing:
 * reading a sibling costs one file, and only plans that use `continues` pay it.
 */
async function readContinued(
  read: ReadResult,
  folder: PlanFolder,
  siblingIds: ReadonlySet<string>,
  show: (p: string) => string,
): Promise<Map<string, SourceInput>> {
  const out = new Map<string, SourceInput>();
  if (!read.ok) return out;
  for (const m of read.text.matchAll(/\bcontinues\s*:\s*["']?([a-z0-9]+(?:-[a-z0-9]+)*):/g)) {
    const id = m[1]!;
    if (out.has(id) || id === folder.folderName || !siblingIds.has(id)) continue;
    const path = join(folder.root, id, 'plan.yaml');
    out.set(id, { file: show(path), read: await readText(path, show(path)) });
  }
  return out;
}

/** A refused file is not opened: its finding stands in for what reading it would give. */
function readRef(ref: FileRef, file: string): Promise<ReadResult> {
  return ref.refused ? Promise.resolve({ ok: false, finding: ref.refused }) : readText(ref.source, file);
}

function siblingsOf(cache: Map<string, Promise<Set<string>>>, root: string): Promise<Set<string>> {
  let ids = cache.get(root);
  if (!ids) {
    ids = siblingPlanIds(root);
    cache.set(root, ids);
  }
  return ids;
}

/** Names of the plan folders in a plans root, links inside the root included. */
async function siblingPlanIds(root: string): Promise<Set<string>> {
  const real = await realpath(root);
  const ids = new Set<string>();
  for (const e of await listEntries(real, root, real)) {
    if (e.ok && e.kind === 'folder' && (await exists(join(e.real, 'plan.yaml')))) ids.add(e.name);
  }
  return ids;
}
