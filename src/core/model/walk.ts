import { pointerSegment } from './pointer.js';
import type { Action, ActionReport, Goal, Objective, Plan, Progress } from './types.generated.js';

export interface ActionPlace {
  action: Action;
  objective: Objective;
  goal?: Goal;
  /** JSON pointer of the action inside plan.yaml. */
  pointer: string;
}

/**
 * Every action of a plan in document order, with where it sits. An array built with plain loops:
 * most rules walk every action, and a generator made each walk of a large plan several times dearer.
 */
export function eachAction(plan: Plan): ActionPlace[] {
  const out: ActionPlace[] = [];
  const objectives = plan.objectives;
  for (let oi = 0; oi < objectives.length; oi++) {
    const objective = objectives[oi]!;
    const goals = objective.goals ?? [];
    for (let gi = 0; gi < goals.length; gi++) {
      const goal = goals[gi]!;
      const prefix = `/objectives/${oi}/goals/${gi}/actions/`;
      for (let ai = 0; ai < goal.actions.length; ai++)
        out.push({ action: goal.actions[ai]!, objective, goal, pointer: prefix + ai });
    }
    const direct = objective.actions ?? [];
    for (let ai = 0; ai < direct.length; ai++)
      out.push({ action: direct[ai]!, objective, pointer: `/objectives/${oi}/actions/${ai}` });
  }
  return out;
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
export function eachId(
  plan: Plan,
  places: readonly ActionPlace[] = eachAction(plan),
): { kind: IdKind; id: string | number; pointer: string }[] {
  const out: { kind: IdKind; id: string | number; pointer: string }[] = [];
  const objectives = plan.objectives;
  for (let oi = 0; oi < objectives.length; oi++) {
    const o = objectives[oi]!;
    out.push({ kind: 'objective', id: o.id, pointer: `/objectives/${oi}/id` });
    const goals = o.goals ?? [];
    for (let gi = 0; gi < goals.length; gi++)
      out.push({ kind: 'goal', id: goals[gi]!.id, pointer: `/objectives/${oi}/goals/${gi}/id` });
  }
  for (const { action, pointer } of places) {
    out.push({ kind: 'action', id: action.id, pointer: `${pointer}/id` });
    const indicators = action.indicators ?? [];
    for (let k = 0; k < indicators.length; k++) {
      const ind = indicators[k]!;
      if (typeof ind !== 'string' && ind.id !== undefined)
        out.push({ kind: 'indicator', id: ind.id, pointer: `${pointer}/indicators/${k}/id` });
    }
  }
  return out;
}

/**
 * Every action a progress file reports on (or an assessment assesses; an empty entry is none).
 * Its pointer, `reportPointer(key)`, is built only for a finding: rules walk every report of every file.
 */
export function eachReport<R = ActionReport>(
  file: Progress | { actions: { [k: string]: R | undefined } },
): { key: string; report: R }[] {
  const out: { key: string; report: R }[] = [];
  const actions = file.actions as { [k: string]: R | undefined };
  for (const key in actions) {
    const report = actions[key];
    if (report) out.push({ key, report });
  }
  return out;
}

/** The pointer of an action's report in a progress file or assessment. */
export function reportPointer(key: string): string {
  return `/actions/${pointerSegment(key)}`;
}
