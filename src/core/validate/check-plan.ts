import { access, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { compareFindings, type Finding } from '../findings/finding.js';
import { findingAt } from '../findings/make.js';
import { displayPath, type PlanFolder } from '../load/discover.js';
import type { Plan, Progress } from '../model/types.generated.js';
import { eachAction, idOf, type ActionPlace } from '../model/walk.js';
import { checkFile, type CheckedFile } from './check-file.js';
import { checkPlan } from './plan-rules.js';
import { checkProgress, type PlanLookup } from './progress-rules.js';
import { FileReporter } from './reporter.js';
import { checkTextMaps } from './text-rules.js';
import { duplicateReports } from './duplicate-reports.js';

export interface CheckedProgress extends CheckedFile<Progress> {
  yearFromName?: number;
}

/** A plan folder after validation: every finding, and the typed data of the files that passed the schema. */
export interface CheckedPlan {
  folder: PlanFolder;
  plan: CheckedFile<Plan>;
  progress: CheckedProgress[];
  findings: Finding[];
  /** File texts by display path, for code frames. */
  sources: Map<string, string>;
}

/** Validates a plan together with all its progress files: every stage, every file, all findings at once. */
export async function checkPlanFolder(folder: PlanFolder, cwd: string): Promise<CheckedPlan> {
  const plan = await checkFile<Plan>(folder.planFile, displayPath(folder.planFile, cwd), 'plan');
  const progress: CheckedProgress[] = [];
  for (const ref of folder.progressFiles) {
    const checked: CheckedProgress = await checkFile<Progress>(ref.path, displayPath(ref.path, cwd), 'progress');
    if (ref.yearFromName !== undefined) checked.yearFromName = ref.yearFromName;
    else if (checked.parsed) {
      checked.findings.push(findingAt('NAP058', checked.file, { line: 1, column: 1 },
        'a progress file must be named after its year (progress/2015.yaml) or sit in a folder named after it (progress/2015/defence.yaml)',
        'rename or move the file'));
    }
    progress.push(checked);
  }
  if (plan.data && plan.parsed) {
    const r = new FileReporter(plan.parsed);
    checkPlan(plan.data, r, { folderName: folder.folderName, siblingIds: await siblingPlanIds(folder.dir) });
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
  return { folder, plan, progress, findings: files.flatMap((f) => f.findings).sort(compareFindings), sources };
}

export function planLookup(plan: Plan): PlanLookup {
  const actions = new Map<string, ActionPlace>();
  for (const place of eachAction(plan)) if (!actions.has(idOf(place.action.id))) actions.set(idOf(place.action.id), place);
  return { plan, actions, actorParents: new Map(plan.actors.map((a) => [a.id, a.parent])) };
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
