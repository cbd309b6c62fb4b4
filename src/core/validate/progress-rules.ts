import type { ActionPlace } from '../model/walk.js';
import type { Plan, Progress } from '../model/types.generated.js';
import { checkDate } from './plan-rules.js';
import type { FileReporter } from './reporter.js';
import { closest } from './suggest.js';
import { unitProblem } from './units.js';
import { pointerSegment } from '../load/pointer.js';

export interface PlanLookup {
  plan: Plan;
  actions: ReadonlyMap<string, ActionPlace>;
  actorParents: ReadonlyMap<string, string | undefined>;
}

/** The rules of FORMAT.md for one schema-valid progress file against its (valid) plan. */
export function checkProgress(p: Progress, r: FileReporter, lookup: PlanLookup, yearFromName: number | undefined): void {
  const { plan } = lookup;
  if (p.plan !== plan.id) {
    r.add('NAP050', '/plan', `this file reports on plan '${p.plan}', but it sits in the folder of plan '${plan.id}'`, `write plan: ${plan.id}, or move the file to the plan it reports on`);
  }
  if (p.year < plan.period.start || p.year > plan.period.end) {
    r.add('NAP051', '/year', `the year ${p.year} is outside the plan period ${plan.period.start}-${plan.period.end}`, 'report only on years of the plan period; check the year');
  }
  if (yearFromName !== undefined && yearFromName !== p.year) {
    r.add('NAP052', '/year', `the file says year ${p.year}, but its name or folder says ${yearFromName}`, `set year: ${yearFromName}, or move the file to progress/${p.year}`);
  }
  if (p.submitted !== undefined) checkDate(p.submitted, '/submitted', r);
  if (p.reporter !== undefined && !lookup.actorParents.has(p.reporter)) {
    const guess = closest(p.reporter, [...lookup.actorParents.keys()]);
    r.add('NAP032', '/reporter', `the reporter '${p.reporter}' is not declared under the plan's actors${guess ? ` — did you mean '${guess}'?` : ''}`,
      guess ? `write '${guess}'` : "use the id of one of the plan's actors");
  }
  const ids = [...lookup.actions.keys()];
  for (const [key, report] of Object.entries(p.actions)) {
    if (!report) continue;
    const pointer = `/actions/${pointerSegment(key)}`;
    const place = lookup.actions.get(key);
    if (!place) {
      const guess = closest(key, ids);
      r.add('NAP053', pointer, `there is no action '${key}' in plan ${plan.id}${guess ? ` — did you mean '${guess}'?` : ''}`,
        guess ? `write '${guess}'` : 'use an action id as the plan prints it (see plan.yaml)', 'key');
      continue;
    }
    if (p.reporter !== undefined && lookup.actorParents.has(p.reporter) && !responsible(p.reporter, place.action.actors, lookup.actorParents)) {
      r.add('NAP057', pointer, `'${p.reporter}' reports on action ${key}, which lists only ${place.action.actors.join(', ')} as responsible`,
        'check the action id; if the coordinator reports for another actor, this warning can stay', 'key');
    }
    checkIndicators(key, report.indicators ?? {}, place, pointer, r);
  }
}

function checkIndicators(key: string, values: Record<string, unknown>, place: ActionPlace, pointer: string, r: FileReporter) {
  const indicators = place.action.indicators ?? [];
  for (const [k, value] of Object.entries(values)) {
    const at = `${pointer}/indicators/${k}`;
    const position = /^\d+$/.test(k) ? Number(k) : undefined;
    const index = position !== undefined ? position - 1 : indicators.findIndex((i) => typeof i !== 'string' && i.id === k);
    const indicator = indicators[index];
    if (indicator === undefined) {
      const namedIds = indicators.flatMap((i) => (typeof i !== 'string' && i.id ? [i.id] : []));
      const choices = [...indicators.map((_, i) => String(i + 1)), ...namedIds];
      r.add('NAP054', at, position !== undefined
        ? `action ${key} has ${indicators.length} indicator${indicators.length === 1 ? '' : 's'}, so there is no indicator ${position}`
        : `action ${key} has no indicator with id '${k}'${closest(k, namedIds) ? ` — did you mean '${closest(k, namedIds)}'?` : ''}`,
        choices.length ? `use one of: ${choices.join(', ')}` : 'add the indicator to the action in plan.yaml first', 'key');
      continue;
    }
    const problem = unitProblem(indicator, value as never);
    if (problem) r.add('NAP055', at, `indicator ${k} of action ${key}: ${problem}`, 'write a value that fits the unit, or change the unit in plan.yaml');
  }
}

/** An actor answers for an action it is listed on, or one whose listed actor it is a parent of. */
function responsible(reporter: string, actors: readonly string[], parents: ReadonlyMap<string, string | undefined>): boolean {
  return actors.some((a) => {
    for (let x: string | undefined = a, n = 0; x !== undefined && n < 20; x = parents.get(x), n++) if (x === reporter) return true;
    return false;
  });
}
