import type { Formatter } from './format.js';
import type { TextPicker } from './text.js';
import type { Plan } from './types.generated.js';

export type PlanLabels = Record<'objective' | 'goal' | 'action' | 'indicator' | 'actor', string>;

/** What the plan calls its levels ("Pillar", "Line of action"), or nap's words in the document's language. */
export function planLabels(plan: Plan, text: TextPicker, f: Formatter): PlanLabels {
  const label = (k: keyof PlanLabels) =>
    plan.labels?.[k] ? text.pick(plan.labels[k], `label ${k}`) : f.t(`labels.${k}`);
  return {
    objective: label('objective'),
    goal: label('goal'),
    action: label('action'),
    indicator: label('indicator'),
    actor: label('actor'),
  };
}
