import { compareFindings, type Finding } from '../findings/finding.js';
import { findingAt } from '../findings/make.js';
import type { PlanInput } from '../load/inputs.js';
export type { PlanInput, SourceInput } from '../load/inputs.js';
import type { Plan, Progress } from '../model/types.generated.js';
import { eachAction, idOf, type ActionPlace } from '../model/walk.js';
import { checkSource, type CheckedFile } from './check-file.js';
import { duplicateReports } from './duplicate-reports.js';
import { checkPlan } from './plan-rules.js';
import { checkProgress, type PlanLookup } from './progress-rules.js';
import { FileReporter } from './reporter.js';
import { checkTextMaps } from './text-rules.js';

export interface CheckedProgress extends CheckedFile<Progress> {
  yearFromName?: number;
}

/** A plan after validation: every finding, and the typed data of the files that passed the schema. */
export interface CheckedPlan {
  folderName: string;
  plan: CheckedFile<Plan>;
  progress: CheckedProgress[];
  findings: Finding[];
  /** File texts by display path, for code frames. */
  sources: Map<string, string>;
}

/** Validates a plan together with all its progress files: every stage, every file, all findings at once. */
export function checkPlanInput(input: PlanInput): CheckedPlan {
  const plan = checkSource<Plan>(input.plan.file, input.plan.read, 'plan');
  const progress = input.progress.map((src) => {
    const checked: CheckedProgress = checkSource<Progress>(src.file, src.read, 'progress');
    if (src.yearFromName !== undefined) checked.yearFromName = src.yearFromName;
    else if (checked.parsed) {
      checked.findings.push(findingAt('NAP058', checked.file, { line: 1, column: 1 },
        'a progress file must be named after its year (progress/2015.yaml) or sit in a folder named after it (progress/2015/defence.yaml)',
        'rename or move the file'));
    }
    return checked;
  });
  if (plan.data && plan.parsed) {
    const r = new FileReporter(plan.parsed);
    checkPlan(plan.data, r, input.siblingIds ? { folderName: input.folderName, siblingIds: input.siblingIds } : { folderName: input.folderName });
    checkTextMaps(plan.data, plan.data.lang, plan.data.languages ?? [], r);
    plan.findings.push(...r.findings);
    const lookup = planLookup(plan.data);
    for (const p of progress) {
      if (!p.data || !p.parsed) continue;
      const pr = new FileReporter(p.parsed);
      checkProgress(p.data, pr, lookup, p.yearFromName);
      checkTextMaps(p.data, plan.data.lang, plan.data.languages ?? [], pr);
      p.findings.push(...pr.findings);
    }
    duplicateReports(progress);
  }
  const files = [plan, ...progress];
  const sources = new Map<string, string>();
  for (const f of files) if (f.parsed) sources.set(f.file, f.parsed.text);
  return { folderName: input.folderName, plan, progress, findings: files.flatMap((f) => f.findings).sort(compareFindings), sources };
}

export function planLookup(plan: Plan): PlanLookup {
  const actions = new Map<string, ActionPlace>();
  for (const place of eachAction(plan)) if (!actions.has(idOf(place.action.id))) actions.set(idOf(place.action.id), place);
  return { plan, actions, actorParents: new Map(plan.actors.map((a) => [a.id, a.parent])) };
}
