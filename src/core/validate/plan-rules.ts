import { eachAction, idOf } from '../model/walk.js';
import type { Plan } from '../model/types.generated.js';
import type { FileReporter } from './reporter.js';
import { closest } from './suggest.js';
import { unitProblem } from './units.js';

export interface PlanContext {
  /** Name of the folder holding plan.yaml: the plan id must equal it. */
  folderName: string;
  /** Ids of the plans beside this one, to check `supersedes`; undefined when unknown. */
  siblingIds?: ReadonlySet<string>;
}

/** The rules of FORMAT.md that the schema cannot express, for a schema-valid plan. */
export function checkPlan(plan: Plan, r: FileReporter, ctx: PlanContext): void {
  checkHeader(plan, r, ctx);
  checkIds(plan, r);
  checkActors(plan, r);
  checkActions(plan, r);
}

function checkHeader(plan: Plan, r: FileReporter, ctx: PlanContext) {
  if (plan.id !== ctx.folderName) {
    r.add('NAP035', '/id', `the plan id '${plan.id}' differs from the name of its folder '${ctx.folderName}'`,
      `rename the folder to '${plan.id}', or set id: ${ctx.folderName}`);
  }
  if (plan.period.start > plan.period.end) {
    r.add('NAP034', '/period', `the period starts in ${plan.period.start}, after it ends in ${plan.period.end}`, 'swap start and end');
  }
  if (plan.supersedes !== undefined && ctx.siblingIds && !ctx.siblingIds.has(plan.supersedes)) {
    r.add('NAP036', '/supersedes', `the plan supersedes '${plan.supersedes}', which is not in the same plans folder`,
      `add the previous edition as plans/${plan.supersedes}/plan.yaml to compare editions, or ignore this warning`);
  }
  if (plan.adopted !== undefined) checkDate(plan.adopted, '/adopted', r);
  plan.objectives.forEach((o, i) => {
    if (o.goals && o.actions) {
      r.add('NAP037', `/objectives/${i}/actions`, `objective ${o.id} has both goals and actions`, 'move the actions into a goal, or drop the goals level for this objective', 'key');
    } else if (!o.goals && !o.actions) {
      r.add('NAP037', `/objectives/${i}`, `objective ${o.id} has neither goals nor actions`, "add 'goals:' (each with actions) or 'actions:'", 'key');
    }
  });
}

/** Ids: numbers that YAML changed, and duplicates within their kind. */
function checkIds(plan: Plan, r: FileReporter) {
  const kinds = { objective: new Map<string, string>(), goal: new Map<string, string>(), action: new Map<string, string>(), indicator: new Map<string, string>() };
  const see = (kind: keyof typeof kinds, id: string | number, pointer: string) => {
    if (typeof id === 'number') checkNumericId(id, pointer, r);
    const key = idOf(id);
    const first = kinds[kind].get(key);
    if (first !== undefined) {
      r.add('NAP031', pointer, `the ${kind} id '${key}' is used twice (first on line ${r.line(first)})`, `give this ${kind} its own id`);
    } else kinds[kind].set(key, pointer);
  };
  plan.objectives.forEach((o, oi) => {
    see('objective', o.id, `/objectives/${oi}/id`);
    o.goals?.forEach((g, gi) => see('goal', g.id, `/objectives/${oi}/goals/${gi}/id`));
  });
  for (const { action, pointer } of eachAction(plan)) {
    see('action', action.id, `${pointer}/id`);
    action.indicators?.forEach((ind, k) => {
      if (typeof ind !== 'string' && ind.id !== undefined) see('indicator', ind.id, `${pointer}/indicators/${k}/id`);
    });
  }
}

/** `1.10` reads as the number 1.1 and `1.0` as 1: the printed id is lost unless quoted. */
export function checkNumericId(id: number, pointer: string, r: FileReporter): void {
  const written = r.parsed.changedNumbers.get(pointer);
  if (written !== undefined && written !== String(id)) {
    r.add('NAP030', pointer, `the id ${written} is read by YAML as the number ${id}, so it would print as '${id}'`,
      `put it in quotes: "${written}"`);
  }
}

function checkActors(plan: Plan, r: FileReporter) {
  const ids = new Map<string, number>();
  plan.actors.forEach((a, i) => {
    if (ids.has(a.id)) r.add('NAP031', `/actors/${i}/id`, `the actor id '${a.id}' is declared twice`, 'remove one of the two declarations, or rename one');
    else ids.set(a.id, i);
  });
  const known = [...ids.keys()];
  const ref = (id: string, pointer: string, role: string) => {
    if (ids.has(id)) return;
    const guess = closest(id, known);
    r.add('NAP032', pointer, `${role} '${id}', which is not declared under actors${guess ? ` — did you mean '${guess}'?` : ''}`,
      guess ? `write '${guess}', or declare '${id}' under actors` : `declare it under actors (id, name), or use one of: ${known.slice(0, 12).join(', ')}${known.length > 12 ? ', …' : ''}`);
  };
  plan.actors.forEach((a, i) => {
    if (a.parent !== undefined) ref(a.parent, `/actors/${i}/parent`, `actor ${a.id} has the parent`);
  });
  plan.coordinators?.forEach((c, i) => ref(c, `/coordinators/${i}`, 'the plan names the coordinator'));
  for (const { action, pointer } of eachAction(plan)) {
    action.actors.forEach((a, i) => ref(a, `${pointer}/actors/${i}`, `action ${action.id} lists the actor`));
    if (action.lead !== undefined) {
      if (!ids.has(action.lead)) ref(action.lead, `${pointer}/lead`, `action ${action.id} has the lead`);
      else if (!action.actors.includes(action.lead)) {
        r.add('NAP033', `${pointer}/lead`, `the lead of action ${action.id}, '${action.lead}', is not among its actors`, `add '${action.lead}' to actors, or choose the lead among: ${action.actors.join(', ')}`);
      }
    }
  }
  checkParentLoops(plan, r);
}

function checkParentLoops(plan: Plan, r: FileReporter) {
  const parent = new Map(plan.actors.map((a) => [a.id, a.parent]));
  plan.actors.forEach((a, i) => {
    const seen = new Set<string>([a.id]);
    for (let p = a.parent; p !== undefined; p = parent.get(p)) {
      if (seen.has(p)) {
        if (p === a.id) r.add('NAP044', `/actors/${i}/parent`, `actor ${a.id} is its own ancestor through its parents`, 'break the loop: one of these actors must have no parent or another one');
        break;
      }
      seen.add(p);
    }
  });
}

function checkActions(plan: Plan, r: FileReporter) {
  const { start, end } = plan.period;
  for (const { action, pointer } of eachAction(plan)) {
    if (!action.indicators?.length) {
      r.add('NAP040', `${pointer}/id`, `action ${action.id} has no indicator: its progress can only be told in words`, "add 'indicators:' with at least one monitoring instrument");
    }
    if (action.due !== undefined) {
      const year = typeof action.due === 'number' ? action.due : Number(action.due.slice(0, 4));
      if (typeof action.due === 'string') checkDate(action.due, `${pointer}/due`, r);
      if (year < start || year > end) {
        r.add('NAP041', `${pointer}/due`, `action ${action.id} is due in ${year}, outside the plan period ${start}-${end}`, `set a due date between ${start} and ${end}, or check the year`);
      }
    }
    action.indicators?.forEach((ind, k) => {
      if (typeof ind === 'string') return;
      for (const which of ['baseline', 'target'] as const) {
        const m = ind[which];
        const problem = m && unitProblem(ind, m.value);
        if (problem) r.add('NAP042', `${pointer}/indicators/${k}/${which}/value`, `the ${which} of indicator ${k + 1} of action ${action.id}: ${problem}`, `write a ${which} value that fits the unit '${ind.unit ?? 'text'}', or change the unit`);
      }
    });
  }
}

export function checkDate(value: string, pointer: string, r: FileReporter): void {
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    r.add('NAP043', pointer, `${value} is not a real date`, 'write an existing date as "YYYY-MM-DD"');
  }
}
