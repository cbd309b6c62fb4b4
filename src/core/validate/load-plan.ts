import type { PlanFolder } from '../load/discover.js';
import { readPlanFolder } from '../load/plan-folder.js';
import type { AssessmentFileData } from '../model/assessment.js';
import type { NarrativeFileData } from '../model/narrative.js';
import type { ProgressFileData } from '../model/progress-index.js';
import type { Plan } from '../model/types.generated.js';
import type { Finding } from '../rules/finding.js';
import { checkPlanInput } from './check-plan.js';
import { ValidationFailedError } from './validation-failed.js';

/** A plan that passed validation, with its progress files, ready for a report or a diff. */
export interface LoadedPlan {
  folder: PlanFolder;
  plan: Plan;
  progress: ProgressFileData[];
  /** The narratives, narrative/<year>.yaml, that passed validation. */
  narratives: NarrativeFileData[];
  /** The independent assessments, assessments/<year>..., that passed validation. */
  assessments: AssessmentFileData[];
  /** Paths of every input file, so outputs never overwrite one. */
  inputs: string[];
  warnings: Finding[];
  sources: Map<string, string>;
}

/** Validates a plan folder and returns its typed data; invalid input throws with the findings. */
export async function loadPlan(
  folder: PlanFolder,
  cwd: string,
  opts: { progress?: boolean } = {},
): Promise<LoadedPlan> {
  // A diff compares matrices: it needs neither to read nor to check the progress files, narratives and assessments.
  const files =
    opts.progress === false
      ? {
          ...folder,
          progressFiles: [],
          progressFindings: [],
          narrativeFiles: [],
          narrativeFindings: [],
          assessmentFiles: [],
          assessmentFindings: [],
        }
      : folder;
  const checked = checkPlanInput(await readPlanFolder(files, cwd));
  const errors = checked.findings.filter((f) => f.severity === 'error');
  if (errors.length || !checked.plan.data) {
    throw new ValidationFailedError(
      `plan ${folder.folderName} is not valid (${errors.length} error${errors.length === 1 ? '' : 's'})`,
      checked.findings,
      checked.sources,
    );
  }
  return {
    folder,
    plan: checked.plan.data,
    progress: checked.progress.flatMap((p) => (p.data ? [{ file: p.file, data: p.data }] : [])),
    narratives: checked.narratives.flatMap((n) => (n.data ? [{ file: n.file, data: n.data }] : [])),
    assessments: checked.assessments.flatMap((a) => (a.data ? [{ file: a.file, data: a.data }] : [])),
    inputs: [files.plan, ...files.progressFiles, ...files.narrativeFiles, ...files.assessmentFiles].flatMap((f) =>
      f.source ? [f.path, f.source] : [f.path],
    ),
    warnings: checked.findings.filter((f) => f.severity === 'warning'),
    sources: checked.sources,
  };
}
