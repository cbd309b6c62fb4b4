import { discoverPlans } from '../load/discover.js';
import { readPlanFolder } from '../load/plan-folder.js';
import { compareFindings, type Finding } from '../rules/finding.js';
import { type CheckedPlan, checkPlanInput } from './check-plan.js';
import { validateFolders } from './parallel.js';
import { type FolderSummary, filesOf } from './summary.js';
import type { CheckThreads } from './threads.js';

export interface ValidationRun {
  plans: CheckedPlan[];
  findings: Finding[];
  sources: Map<string, string>;
  /** Every file that was checked, as shown to the user. */
  files: string[];
}

/** What `nap validate` prints: the findings, the texts of the files they are in, and the files checked. */
export type ValidationSummary = Omit<ValidationRun, 'plans'>;

/** `nap validate` as a function: resolves the paths to plan folders and checks each with its progress files. */
export async function validatePaths(paths: readonly string[], cwd: string): Promise<ValidationRun> {
  const folders = await discoverPlans(paths, cwd);
  const plans: CheckedPlan[] = [];
  const siblings = new Map<string, Promise<Set<string>>>(); // plan ids by plans root, listed once per run
  for (const folder of folders) plans.push(checkPlanInput(await readPlanFolder(folder, cwd, siblings)));
  const sources = new Map<string, string>();
  for (const p of plans) for (const [k, v] of p.sources) sources.set(k, v);
  return {
    plans,
    findings: plans.flatMap((p) => p.findings).sort(compareFindings),
    sources,
    files: plans.flatMap(filesOf),
  };
}

/**
 * The same checks, for printing only: the plans' data is not kept, and with `jobs` above 1 a
 * folder of many plans is checked on that many threads (a plan's findings are plain data).
 */
export async function summarizePaths(
  paths: readonly string[],
  cwd: string,
  o: { jobs?: number; threads?: CheckThreads } = {},
): Promise<ValidationSummary> {
  let parts: FolderSummary[];
  try {
    parts = await validateFolders(await discoverPlans(paths, cwd), cwd, o.jobs ?? 1, o.threads);
  } finally {
    o.threads?.stop(); // threads started early and never given work, when listing the plans failed
  }
  const sources = new Map<string, string>();
  for (const p of parts) for (const [k, v] of p.sources) sources.set(k, v);
  return {
    findings: parts.flatMap((p) => p.findings).sort(compareFindings),
    sources,
    files: parts.flatMap((p) => p.files),
  };
}

export { type CheckedPlan, checkPlanInput, type PlanInput } from './check-plan.js';
