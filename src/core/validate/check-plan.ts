import type { PlanInput } from '../load/inputs.js';

export type { PlanInput, SourceInput } from '../load/inputs.js';

import type { Plan, Progress } from '../model/types.generated.js';
import { compareFindings, type Finding } from '../rules/finding.js';
import { type CheckedFile, type CheckedProgress, checkSource } from './check-file.js';
import { type CheckedAssessment, type CheckedNarrative, checkAssessment, checkNarrative } from './check-narrative.js';
import { continuedActions } from './continued.js';
import { runRules } from './run-rules.js';

export type { CheckedProgress } from './check-file.js';
export type { CheckedAssessment, CheckedNarrative } from './check-narrative.js';

/** A plan after validation: every finding, and the typed data of the files that passed the schema. */
export interface CheckedPlan {
  folderName: string;
  plan: CheckedFile<Plan>;
  progress: CheckedProgress[];
  narratives: CheckedNarrative[];
  assessments: CheckedAssessment[];
  findings: Finding[];
  /** File texts by display path, for code frames. */
  sources: Map<string, string>;
}

/** Validates a plan together with all its progress files, narratives and assessments: every stage, every file, all findings at once. */
export function checkPlanInput(input: PlanInput): CheckedPlan {
  const plan = checkSource<Plan>(input.plan.file, input.plan.read, 'plan');
  const progress = input.progress.map((src) => {
    const checked: CheckedProgress = checkSource<Progress>(src.file, src.read, 'progress');
    if (src.yearFromName !== undefined) checked.yearFromName = src.yearFromName;
    return checked;
  });
  const narratives = (input.narratives ?? []).map(checkNarrative);
  const assessments = (input.assessments ?? []).map(checkAssessment);
  runRules(plan, progress, { ...input, actionsOf: continuedActions(input.continuedPlans) }, narratives, assessments);
  const files = [plan, ...progress, ...narratives, ...assessments];
  const sources = new Map<string, string>();
  for (const f of files) if (f.parsed) sources.set(f.file, f.parsed.text);
  return {
    folderName: input.folderName,
    plan,
    progress,
    narratives,
    assessments,
    findings: [...(input.findings ?? []), ...files.flatMap((f) => f.findings)].sort(compareFindings),
    sources,
  };
}
