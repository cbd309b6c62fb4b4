import type { PlanFolder } from '../load/plan-files.js';
import { readPlanFolder } from '../load/plan-folder.js';
import type { Finding } from '../rules/finding.js';
import { type CheckedPlan, checkPlanInput } from './check-plan.js';

/** One plan folder's part of what `nap validate` prints: plain data, which a thread can send. */
export interface FolderSummary {
  findings: Finding[];
  /** Texts of the files with findings, for code frames. */
  sources: [string, string][];
  files: string[];
}

/** Every file of a checked plan, as shown to the user. */
export const filesOf = (p: CheckedPlan): string[] => [
  p.plan.file,
  ...p.progress.map((x) => x.file),
  ...p.narratives.map((x) => x.file),
  ...p.assessments.map((x) => x.file),
];

/** Checks one plan folder and keeps only what is printed. */
export async function summarizeFolder(
  folder: PlanFolder,
  cwd: string,
  siblings: Map<string, Promise<Set<string>>>,
): Promise<FolderSummary> {
  const p = checkPlanInput(await readPlanFolder(folder, cwd, siblings));
  const withFindings = new Set(p.findings.map((f) => f.file));
  return {
    findings: p.findings,
    sources: [...p.sources].filter(([file]) => withFindings.has(file)),
    files: filesOf(p),
  };
}
