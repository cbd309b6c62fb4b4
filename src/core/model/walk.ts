import { pointerSegment } from './pointer.js';
import type { Action, ActionReport, Goal, Objective, Plan, Progress } from './types.generated.js';

export interface ActionPlace {
  action: Action;
  objective: Objective;
  goal?: Goal;
  /** JSON pointer of the action inside plan.yaml. */
  pointer: string;
}

/** Every action of a plan in document order, with where it sits. */
export function* eachAction(plan: Plan): Generator<ActionPlace> {
  for (const [oi, objective] of plan.objectives.entries()) {
    for (const [gi, goal] of (objective.goals ?? []).entries()) {
      for (const [ai, action] of goal.actions.entries()) {
        yield { action, objective, goal, pointer: `/objectives/${oi}/goals/${gi}/actions/${ai}` };
      }
    }
    for (const [ai, action] of (objective.actions ?? []).entries()) {
      yield { action, objective, pointer: `/objectives/${oi}/actions/${ai}` };
    }
  }
}

/** Where an action sits, by the plan's own ids: "1 > 4" (objective > goal), or "6" directly under an objective. */
export function pathOf(p: Pick<ActionPlace, 'objective' | 'goal'>): string {
  return p.goal ? `${idOf(p.objective.id)} > ${idOf(p.goal.id)}` : idOf(p.objective.id);
}

/** Ids are compared as the plan prints them; a number id that survived validation prints unchanged. */
export function idOf(id: string | number): string {
  return String(id);
}

export type IdKind = 'objective' | 'goal' | 'action' | 'indicator';

/** Every id of objectives, goals, actions and named indicators, in document order, with its pointer. */
export function* eachId(plan: Plan): Generator<{ kind: IdKind; id: string | number; pointer: string }> {
  for (const [oi, o] of plan.objectives.entries()) {
    yield { kind: 'objective', id: o.id, pointer: `/objectives/${oi}/id` };
    for (const [gi, g] of (o.goals ?? []).entries())
      yield { kind: 'goal', id: g.id, pointer: `/objectives/${oi}/goals/${gi}/id` };
  }
  for (const { action, pointer } of eachAction(plan)) {
    yield { kind: 'action', id: action.id, pointer: `${pointer}/id` };
    for (const [k, ind] of (action.indicators ?? []).entries()) {
      if (typeof ind !== 'string' && ind.id !== undefined)
        yield { kind: 'indicator', id: ind.id, pointer: `${pointer}/indicators/${k}/id` };
    }
  }
}

/** Every action a progress file reports on (or an assessment assesses; an empty entry is none), with its pointer. */
export function eachReport<R = ActionReport>(
  file: Progress | { actions: { [k: string]: R | undefined } },
): { key: string; report: R; pointer: string }[] {
  // An array, not a generator: several rules walk every report of every file.
  const out: { key: string; report: R; pointer: string }[] = [];
  const actions = file.actions as { [k: string]: R | undefined };
  for (const key in actions) {
    const report = actions[key];
    if (report) out.push({ key, report, pointer: `/actions/${pointerSegment(key)}` });
  }
  return out;
}
