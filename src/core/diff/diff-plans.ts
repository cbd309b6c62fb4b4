import { TextPicker } from '../model/text.js';
import type { Goal, Objective, Plan } from '../model/types.generated.js';
import { type ActionPlace, eachAction, idOf } from '../model/walk.js';
import { type ActionSide, diffActionPair } from './action-pair.js';
import { diffActors } from './actors.js';
import { type Match, type MatchOptions, matchItems } from './match.js';
import { pathOf, round } from './paths.js';
import { planFieldChanges } from './plan-fields.js';
import type { ActionChange, DiffSummary, PlanDiff, StructureChange } from './types.js';
import { normalizeText, wordDiff, wordsOf } from './words.js';

export interface DiffOptions extends MatchOptions {
  lang: string;
}

/** Compares two editions of a plan: what was added, dropped, renumbered, moved, reworded or handed to another actor. */
export function diffPlans(oldPlan: Plan, newPlan: Plan, opts: DiffOptions): PlanDiff {
  const oldText = new TextPicker(opts.lang, oldPlan.lang);
  const newText = new TextPicker(opts.lang, newPlan.lang);
  const structure: StructureChange[] = [];

  const objectiveMap = matchLevel(
    oldPlan.objectives,
    newPlan.objectives,
    (o, t) => t.pick(o.title, 'objective'),
    oldText,
    newText,
    opts,
    'objective',
    structure,
  );
  const oldGoals = goalsOf(oldPlan);
  const newGoals = goalsOf(newPlan);
  const goalMap = matchLevel(
    oldGoals.map((g) => g.goal),
    newGoals.map((g) => g.goal),
    (g, t) => t.pick(g.title, 'goal'),
    oldText,
    newText,
    opts,
    'goal',
    structure,
    (oi, ni) => objectiveMap.get(oldGoals[oi]!.objective) !== newGoals[ni]!.objective,
  );

  const oldActions = [...eachAction(oldPlan)];
  const newActions = [...eachAction(newPlan)];
  const side = (p: ActionPlace, plan: Plan, t: TextPicker): ActionSide => ({
    place: p,
    text: t.pick(p.action.text, 'action'),
    plan,
    picker: t,
  });
  const oldSides = oldActions.map((p) => side(p, oldPlan, oldText));
  const newSides = newActions.map((p) => side(p, newPlan, newText));
  const matches = matchItems(
    oldSides.map((s) => ({ id: idOf(s.place.action.id), words: wordsOf(s.text) })),
    newSides.map((s) => ({ id: idOf(s.place.action.id), words: wordsOf(s.text) })),
    opts,
  );
  const changes: ActionChange[] = [];
  let unchanged = 0;
  const matchedOld = new Set(matches.map((m) => m.oldIndex));
  const matchedNew = new Set(matches.map((m) => m.newIndex));
  // Moved: the action's goal (or objective, for actions directly under one) is not the match of its old one.
  const newGoalOf = new Map(
    oldGoals.map((g, i) => [g.goal, goalMap.has(i) ? newGoals[goalMap.get(i)!]!.goal : undefined]),
  );
  const newObjectiveOf = new Map(
    oldPlan.objectives.map((o, i) => [o, objectiveMap.has(i) ? newPlan.objectives[objectiveMap.get(i)!] : undefined]),
  );
  const movedParent = (m: Match) => {
    const o = oldActions[m.oldIndex]!;
    const n = newActions[m.newIndex]!;
    if (o.goal && n.goal) return newGoalOf.get(o.goal) !== n.goal;
    if (!o.goal && !n.goal) return newObjectiveOf.get(o.objective) !== n.objective;
    return true;
  };
  for (const m of matches) {
    const change = diffActionPair(oldSides[m.oldIndex]!, newSides[m.newIndex]!, m, movedParent(m), opts.threshold);
    if (change) changes.push(change);
    else unchanged++;
  }
  oldSides.forEach((s, i) => {
    if (!matchedOld.has(i)) changes.push(lone('removed', s));
  });
  newSides.forEach((s, i) => {
    if (!matchedNew.has(i)) changes.push(lone('added', s));
  });

  const actors = diffActors(oldPlan, newPlan, oldSides, newSides, matches, oldText, newText);
  const plan = planFieldChanges(oldPlan, newPlan, oldText, newText);
  const count = (aspect: string) => changes.filter((c) => c.aspects.includes(aspect as never)).length;
  const summary: DiffSummary = {
    added: changes.filter((c) => c.kind === 'added').length,
    removed: changes.filter((c) => c.kind === 'removed').length,
    reworded: count('reworded'),
    renumbered: count('renumbered'),
    moved: count('moved'),
    unchanged,
    modified: changes.filter(
      (c) => c.kind === 'changed' && !c.aspects.some((a) => a === 'reworded' || a === 'renumbered' || a === 'moved'),
    ).length,
    actorChanges: actors.length,
    objectivesAdded: structure.filter((s) => s.level === 'objective' && s.kind === 'added').length,
    objectivesRemoved: structure.filter((s) => s.level === 'objective' && s.kind === 'removed').length,
    goalsAdded: structure.filter((s) => s.level === 'goal' && s.kind === 'added').length,
    goalsRemoved: structure.filter((s) => s.level === 'goal' && s.kind === 'removed').length,
  };
  const ref = (p: Plan, t: TextPicker) => ({
    id: p.id,
    title: t.pick(p.title, 'title'),
    period: `${p.period.start}-${p.period.end}`,
    actions: [...eachAction(p)].length,
    illustrative: p.illustrative === true,
  });
  return {
    old: ref(oldPlan, oldText),
    new: ref(newPlan, newText),
    lang: opts.lang,
    threshold: opts.threshold,
    identical: !changes.length && !structure.length && !actors.length && !plan.length,
    summary,
    plan,
    structure,
    changes: changes.sort(byPlace),
    actors,
  };
}

function lone(kind: 'added' | 'removed', s: ActionSide): ActionChange {
  const id = idOf(s.place.action.id);
  const path = pathOf(s.place);
  return {
    level: 'action',
    kind,
    aspects: [],
    ...(kind === 'added'
      ? { newId: id, newPath: path, newText: s.text }
      : { oldId: id, oldPath: path, oldText: s.text }),
    objective: idOf(s.place.objective.id),
  };
}

interface GoalRef {
  goal: Goal;
  objective: number;
}

function goalsOf(plan: Plan): GoalRef[] {
  return plan.objectives.flatMap((o, oi) => (o.goals ?? []).map((goal) => ({ goal, objective: oi })));
}

/** Matches objectives or goals, records their changes, and returns old index -> new index. */
function matchLevel<T extends Objective | Goal>(
  olds: readonly T[],
  news: readonly T[],
  title: (item: T, t: TextPicker) => string,
  oldText: TextPicker,
  newText: TextPicker,
  opts: MatchOptions,
  level: 'objective' | 'goal',
  out: StructureChange[],
  moved: (oi: number, ni: number) => boolean = () => false,
): Map<number, number> {
  const oldTitles = olds.map((o) => title(o, oldText));
  const newTitles = news.map((n) => title(n, newText));
  const matches = matchItems(
    olds.map((o, i) => ({ id: idOf(o.id), words: wordsOf(oldTitles[i]!) })),
    news.map((n, i) => ({ id: idOf(n.id), words: wordsOf(newTitles[i]!) })),
    opts,
  );
  const map = new Map<number, number>();
  for (const m of matches) {
    map.set(m.oldIndex, m.newIndex);
    const o = olds[m.oldIndex]!;
    const n = news[m.newIndex]!;
    const aspects: StructureChange['aspects'] = [];
    if (normalizeText(oldTitles[m.oldIndex]!) !== normalizeText(newTitles[m.newIndex]!)) aspects.push('retitled');
    if (idOf(o.id) !== idOf(n.id)) aspects.push('renumbered');
    if (moved(m.oldIndex, m.newIndex)) aspects.push('moved');
    if (aspects.length) {
      out.push({
        level,
        kind: 'changed',
        aspects,
        oldId: idOf(o.id),
        newId: idOf(n.id),
        oldTitle: oldTitles[m.oldIndex]!,
        newTitle: newTitles[m.newIndex]!,
        ...(aspects.includes('retitled') ? { words: wordDiff(oldTitles[m.oldIndex]!, newTitles[m.newIndex]!) } : {}),
        match: { by: m.by, similarity: round(m.similarity) },
      });
    }
  }
  const matchedNew = new Set(map.values());
  olds.forEach((o, i) => {
    if (!map.has(i)) out.push({ level, kind: 'removed', aspects: [], oldId: idOf(o.id), oldTitle: oldTitles[i]! });
  });
  news.forEach((n, i) => {
    if (!matchedNew.has(i)) out.push({ level, kind: 'added', aspects: [], newId: idOf(n.id), newTitle: newTitles[i]! });
  });
  return map;
}

function byPlace(a: ActionChange, b: ActionChange): number {
  return (
    a.objective.localeCompare(b.objective, undefined, { numeric: true }) ||
    (a.newId ?? a.oldId ?? '').localeCompare(b.newId ?? b.oldId ?? '', undefined, { numeric: true })
  );
}
