import type { ProgressFileData } from '../model/progress-index.js';
import { TextPicker } from '../model/text.js';
import type { Goal, Objective, Plan } from '../model/types.generated.js';
import { type ActionPlace, eachAction, idOf, pathOf } from '../model/walk.js';
import { type ActionSide, diffActionPair } from './action-pair.js';
import { diffActors } from './actors.js';
import { followUp } from './follow-up.js';
import { type Match, type MatchOptions, matchItems } from './match.js';
import { placeOf, round } from './paths.js';
import { planFieldChanges } from './plan-fields.js';
import {
  ACTION_ASPECTS,
  type ActionChange,
  type ActionContent,
  type ActorName,
  type DiffSummary,
  type PlanDiff,
  type StructureChange,
} from './types.js';
import { normalizeText, wordDiff, wordsOf } from './words.js';

export interface DiffOptions extends MatchOptions {
  lang: string;
  /** The old edition's progress files: with any, the diff follows its commitments into the new edition. */
  oldProgress?: readonly ProgressFileData[];
}

/** Compares two editions of a plan: what was added, dropped, renumbered, moved, reworded or handed to another actor. */
export function diffPlans(oldPlan: Plan, newPlan: Plan, opts: DiffOptions): PlanDiff {
  return compareEditions(oldPlan, newPlan, opts).diff;
}

/** The diff, and every matched action as new id -> old id (unchanged ones too), from which lineage is proposed. */
export function compareEditions(
  oldPlan: Plan,
  newPlan: Plan,
  opts: DiffOptions,
): { diff: PlanDiff; oldIdOf: Map<string, string> } {
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
  const main = (m: ActionChange['main']) => changes.filter((c) => c.main === m).length;
  const aspects = Object.fromEntries(
    ACTION_ASPECTS.map((a) => [a, changes.filter((c) => c.aspects.includes(a)).length]),
  ) as DiffSummary['aspects'];
  const summary: DiffSummary = {
    added: main('added'),
    removed: main('removed'),
    reworded: main('reworded'),
    renumbered: main('renumbered'),
    moved: main('moved'),
    unchanged,
    modified: main('modified'),
    aspects,
    actorChanges: actors.length,
    objectivesAdded: structure.filter((s) => s.level === 'objective' && s.kind === 'added').length,
    objectivesRemoved: structure.filter((s) => s.level === 'objective' && s.kind === 'removed').length,
    goalsAdded: structure.filter((s) => s.level === 'goal' && s.kind === 'added').length,
    goalsRemoved: structure.filter((s) => s.level === 'goal' && s.kind === 'removed').length,
  };
  const followed = followUp(
    oldPlan,
    opts.oldProgress ?? [],
    new Map(oldSides.map((s) => [idOf(s.place.action.id), s.text])),
    new Map(matches.map((m) => [idOf(oldActions[m.oldIndex]!.action.id), idOf(newActions[m.newIndex]!.action.id)])),
  );
  const ref = (p: Plan, t: TextPicker) => ({
    id: p.id,
    title: t.pick(p.title, 'title'),
    period: `${p.period.start}-${p.period.end}`,
    actions: [...eachAction(p)].length,
    illustrative: p.illustrative === true,
    ...(p.edition !== undefined ? { edition: p.edition } : {}),
  });
  const diff: PlanDiff = {
    old: ref(oldPlan, oldText),
    new: ref(newPlan, newText),
    lang: opts.lang,
    threshold: opts.threshold,
    // `supersedes` is listed but is no content: it says how editions relate, not what they commit to.
    identical: !changes.length && !structure.length && !actors.length && plan.every((c) => c.field === 'supersedes'),
    summary,
    plan,
    structure,
    changes: changes.sort(byPlace),
    actors,
    actorNames: actorNames(oldPlan, newPlan, oldText, newText),
    ...(followed ? { followUp: followed } : {}),
  };
  const oldIdOf = new Map(
    matches.map((m) => [idOf(newActions[m.newIndex]!.action.id), idOf(oldActions[m.oldIndex]!.action.id)]),
  );
  return { diff, oldIdOf };
}

/** Every actor of both editions by id; the new edition's names win. */
function actorNames(oldPlan: Plan, newPlan: Plan, ot: TextPicker, nt: TextPicker): Record<string, ActorName> {
  const out: Record<string, ActorName> = {};
  for (const [plan, t] of [
    [oldPlan, ot],
    [newPlan, nt],
  ] as const) {
    for (const a of plan.actors) {
      const name: ActorName = { name: t.pick(a.name, `actor ${a.id}`) };
      if (a.short !== undefined) name.short = t.pick(a.short, `actor ${a.id}`);
      out[a.id] = name;
    }
  }
  return Object.fromEntries(
    Object.keys(out)
      .sort()
      .map((id) => [id, out[id]!]),
  );
}

function lone(kind: 'added' | 'removed', s: ActionSide): ActionChange {
  const id = idOf(s.place.action.id);
  const path = pathOf(s.place);
  const place = placeOf(s.place, s.picker);
  return {
    level: 'action',
    kind,
    main: kind,
    aspects: [],
    ...(kind === 'added'
      ? { newId: id, newPath: path, newPlace: place, newText: s.text }
      : { oldId: id, oldPath: path, oldPlace: place, oldText: s.text }),
    objective: idOf(s.place.objective.id),
    action: contentOf(s),
  };
}

/** An action in full, as a reader of an added or dropped commitment needs it. */
function contentOf(s: ActionSide): ActionContent {
  const a = s.place.action;
  const content: ActionContent = {
    actors: [...a.actors],
    indicators: (a.indicators ?? []).map((i) => (typeof i === 'string' ? i : s.picker.pick(i.text, 'indicator'))),
  };
  if (a.lead !== undefined) content.lead = a.lead;
  if (a.due !== undefined) content.due = String(a.due);
  if (a.budget) content.budget = `${a.budget.amount} ${a.budget.currency}`;
  return content;
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
