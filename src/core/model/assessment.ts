import { advancementOf, type Status } from './status.js';
import type { Assessment, AssessorActor, Plan, Scale, Text } from './types.generated.js';

export interface AssessmentFileData {
  file: string;
  data: Assessment;
}

/** The actor types that assess a government's plan from outside it (docs/format.md, "assessment files"). */
export const ASSESSOR_TYPES: ReadonlySet<string> = new Set(['civil-society', 'academia', 'parliament']);

/** The id of the built-in scale, and of a plan scale that replaces it. */
export const DEFAULT_SCALE_ID = 'completion';

/**
 * One level of a scale as documents use it. The built-in scale's levels have no `label`:
 * their names come from the translations (assessment.level.<id>), in every language nap ships.
 */
export interface LevelSpec {
  id: string;
  label?: Text;
  status: Status;
  colour?: string;
}

export interface ScaleSpec {
  id: string;
  name?: Text;
  levels: readonly LevelSpec[];
  builtIn: boolean;
}

/**
 * The five-level completion scale of OGP's Independent Reporting Mechanism, each level with
 * the government status it is compared with: no evidence counts as nothing done, limited as
 * started but behind (delayed), substantial as under way (in progress), complete as completed.
 */
export const COMPLETION_SCALE: ScaleSpec = {
  id: DEFAULT_SCALE_ID,
  builtIn: true,
  levels: [
    { id: 'no-evidence', status: 'not-reported', colour: '#6b6b6b' },
    { id: 'not-started', status: 'not-started', colour: '#b3261e' },
    { id: 'limited', status: 'delayed', colour: '#c25e00' },
    { id: 'substantial', status: 'in-progress', colour: '#1f5fa8' },
    { id: 'complete', status: 'completed', colour: '#1e7b34' },
  ],
};

/** The scales assessments of this plan may use: the plan's own, and the built-in one unless a plan scale replaces it. */
export function scalesOf(plan: Plan): Map<string, ScaleSpec> {
  const scales = new Map<string, ScaleSpec>([[DEFAULT_SCALE_ID, COMPLETION_SCALE]]);
  for (const s of plan.scales ?? []) if (!scales.get(s.id) || scales.get(s.id)!.builtIn) scales.set(s.id, fromPlan(s));
  return scales;
}

function fromPlan(s: Scale): ScaleSpec {
  return { id: s.id, ...(s.name ? { name: s.name } : {}), levels: s.levels, builtIn: false };
}

/** The scale an assessment names (the built-in one when it names none), or undefined when the plan has no such scale. */
export function scaleOf(a: Assessment, plan: Plan): ScaleSpec | undefined {
  return scalesOf(plan).get(a.scale ?? DEFAULT_SCALE_ID);
}

export interface AssessorInfo {
  id: string;
  name: Text;
  short?: Text;
  type?: string;
  /** Declared in the assessment itself rather than among the plan's actors. */
  inFile: boolean;
}

/** Who assesses: the plan's actor the file names, or the actor the file declares; undefined when the plan has no such actor. */
export function assessorOf(a: Assessment, plan: Plan): AssessorInfo | undefined {
  if (typeof a.assessor !== 'string') return fromFile(a.assessor);
  const actor = plan.actors.find((x) => x.id === a.assessor);
  if (!actor) return undefined;
  return {
    id: actor.id,
    name: actor.name,
    ...(actor.short ? { short: actor.short } : {}),
    ...(actor.type ? { type: actor.type } : {}),
    inFile: false,
  };
}

function fromFile(x: AssessorActor): AssessorInfo {
  return { id: x.id, name: x.name, ...(x.short ? { short: x.short } : {}), type: x.type, inFile: true };
}

/** The assessor's id, whichever way the file names it. */
export function assessorId(a: Assessment): string {
  return typeof a.assessor === 'string' ? a.assessor : a.assessor.id;
}

/**
 * Steps from the level's status down to the government's: completed (3) against a level
 * compared as delayed (1) is 2. No evidence counts as not started. Undefined when the
 * government has no comparable status (not reported, discontinued).
 */
export function stepsBelow(government: Status, level: Status): number | undefined {
  const g = advancementOf(government);
  const l = advancementOf(level === 'not-reported' ? 'not-started' : level);
  if (g === undefined || l === undefined) return undefined;
  return g - l;
}

/** A scale's name for people: the plan's name in the language, nap's wording of the built-in scale, or its id. */
export function scaleName(
  scale: ScaleSpec,
  pick: (text: Text, what: string) => string,
  t: (key: string) => string,
): string {
  if (scale.name) return pick(scale.name, `scale ${scale.id}`);
  return scale.builtIn ? t('assessment.completionScale') : scale.id;
}

/** A level's label for people: the plan's label in the language, or nap's wording of a built-in level. */
export function levelLabel(
  level: LevelSpec,
  pick: (text: Text, what: string) => string,
  t: (key: string) => string,
): string {
  return level.label ? pick(level.label, `level ${level.id}`) : t(`assessment.level.${level.id}`);
}
