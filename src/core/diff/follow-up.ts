import { lastReported } from '../model/lineage.js';
import { indexProgress, type ProgressFileData } from '../model/progress-index.js';
import type { Plan } from '../model/types.generated.js';
import { eachAction, idOf } from '../model/walk.js';
import type { Fate, FollowedAction, FollowUp } from './types.js';

/**
 * What became of the old edition's commitments ("what happened to the promises of NAP III?"):
 * each old action's last reported status, and whether the new edition dropped it, carried it over
 * (unfinished), repeated it (completed) or let it end (completed). `newIdOf` maps an old action id
 * to its match in the new edition.
 */
export function followUp(
  oldPlan: Plan,
  progress: readonly ProgressFileData[],
  texts: ReadonlyMap<string, string>,
  newIdOf: ReadonlyMap<string, string>,
): FollowUp | undefined {
  if (!progress.length) return undefined;
  const byYear = indexProgress(progress);
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const counts: Record<Fate, number> = { dropped: 0, carried: 0, repeated: 0, concluded: 0 };
  const actions: FollowedAction[] = [];
  for (const { action } of eachAction(oldPlan)) {
    const id = idOf(action.id);
    const last = lastReported(byYear, id);
    const status = last?.status ?? 'not-reported';
    const newId = newIdOf.get(id);
    const fate: Fate = status === 'completed' ? (newId ? 'repeated' : 'concluded') : newId ? 'carried' : 'dropped';
    counts[fate]++;
    actions.push({
      oldId: id,
      text: texts.get(id) ?? '',
      status,
      ...(last ? { year: last.year } : {}),
      fate,
      ...(newId ? { newId } : {}),
    });
  }
  return { years, illustrative: progress.some((p) => p.data.illustrative === true), counts, actions };
}
