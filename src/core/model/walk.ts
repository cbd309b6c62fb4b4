import type { Action, Goal, Objective, Plan } from './types.generated.js';

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

/** Ids are compared as the plan prints them; a number id that survived validation prints unchanged. */
export function idOf(id: string | number): string {
  return String(id);
}
