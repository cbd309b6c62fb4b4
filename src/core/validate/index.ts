import { discoverPlans } from '../load/discover.js';
import { readPlanFolder } from '../load/plan-folder.js';
import { compareFindings, type Finding } from '../rules/finding.js';
import { type CheckedPlan, checkPlanInput } from './check-plan.js';

export interface ValidationRun {
  plans: CheckedPlan[];
  findings: Finding[];
  sources: Map<string, string>;
  /** Every file that was checked, as shown to the user. */
  files: string[];
}

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
    files: plans.flatMap((p) => [p.plan.file, ...p.progress.map((x) => x.file), ...p.narratives.map((x) => x.file)]),
  };
}

export { type CheckedPlan, checkPlanInput, type PlanInput } from './check-plan.js';
