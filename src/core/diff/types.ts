import type { WordOp } from './words.js';

/** What `nap diff` found; `--format json` prints this structure (README, "nap diff JSON"). */
export interface PlanDiff {
  old: PlanRef;
  new: PlanRef;
  lang: string;
  threshold: number;
  identical: boolean;
  summary: DiffSummary;
  plan: FieldChange[];
  structure: StructureChange[];
  changes: ActionChange[];
  actors: ActorChange[];
  /** Names of the actors of both editions (the new edition's name when both have one), for readers. */
  actorNames: Record<string, ActorName>;
  /** What became of the old edition's commitments, from its progress files; absent without any. */
  followUp?: FollowUp;
}

export interface ActorName {
  name: string;
  short?: string;
}

export interface PlanRef {
  id: string;
  title: string;
  period: string;
  actions: number;
  illustrative: boolean;
  edition?: number;
}

/** The one change an action is counted under in the summary; its other changes are attributes (aspects). */
export type MainChange = 'added' | 'removed' | 'moved' | 'reworded' | 'renumbered' | 'modified';

/** Each action is counted once, under its main change: added + removed + moved + reworded + renumbered + modified + unchanged = actions of both editions, matched ones once. */
export interface DiffSummary {
  added: number;
  removed: number;
  reworded: number;
  renumbered: number;
  moved: number;
  unchanged: number;
  /** Matched actions with other changes only (actors, lead, indicators, due date, budget). */
  modified: number;
  /** Actions with each aspect, whatever their main change: one action may count under several. */
  aspects: Record<ActionAspect, number>;
  actorChanges: number;
  objectivesAdded: number;
  objectivesRemoved: number;
  goalsAdded: number;
  goalsRemoved: number;
}

export interface FieldChange {
  field: string;
  old: string;
  new: string;
}

export interface MatchInfo {
  by: 'id' | 'text';
  similarity: number;
}

export interface StructureChange {
  level: 'objective' | 'goal';
  kind: 'added' | 'removed' | 'changed';
  aspects: ('retitled' | 'renumbered' | 'moved')[];
  oldId?: string;
  newId?: string;
  oldTitle?: string;
  newTitle?: string;
  words?: WordOp[];
  match?: MatchInfo;
}

/** What can change about an action, in the order the summary counts them. */
export const ACTION_ASPECTS = [
  'reworded',
  'renumbered',
  'moved',
  'actors',
  'lead',
  'indicators',
  'due',
  'budget',
] as const;
export type ActionAspect = (typeof ACTION_ASPECTS)[number];

/** Where an action sits, with titles: its objective, and its goal when it has one. */
export interface Place {
  objective: { id: string; title: string };
  goal?: { id: string; title: string };
}

/** An added or removed action in full. */
export interface ActionContent {
  actors: string[];
  lead?: string;
  indicators: string[];
  due?: string;
  budget?: string;
}

export interface ActionChange {
  level: 'action';
  kind: 'added' | 'removed' | 'changed';
  /** The change it is counted under in the summary. */
  main: MainChange;
  aspects: ActionAspect[];
  oldId?: string;
  newId?: string;
  /** Where the action sits: "1 > 4" (objective > goal). */
  oldPath?: string;
  newPath?: string;
  oldPlace?: Place;
  newPlace?: Place;
  /** The objective the change is shown under: the new one, or the old one for a removed action. */
  objective: string;
  match?: MatchInfo;
  oldText?: string;
  newText?: string;
  words?: WordOp[];
  actors?: { added: string[]; removed: string[] };
  lead?: { old: string | null; new: string | null };
  indicators?: { added: string[]; removed: string[]; reworded: { old: string; new: string; words: WordOp[] }[] };
  due?: { old: string | null; new: string | null };
  budget?: { old: string | null; new: string | null };
  /** An added action (as in the new edition) or a removed one (as in the old) in full. */
  action?: ActionContent;
}

export interface ActorChange {
  id: string;
  name: string;
  kind: 'added' | 'removed' | 'changed';
  renamed?: { old: string; new: string };
  gained: string[];
  lost: string[];
  leadGained: string[];
  leadLost: string[];
}

/** An old action's last reported status and what the new edition made of it. */
export type Fate = 'dropped' | 'carried' | 'repeated' | 'concluded';

export interface FollowUp {
  /** The years reported in the old edition's progress files. */
  years: number[];
  /** true when any progress file is illustrative sample data. */
  illustrative: boolean;
  counts: Record<Fate, number>;
  actions: FollowedAction[];
}

export interface FollowedAction {
  oldId: string;
  text: string;
  /** The last reported status, or not-reported. */
  status: 'completed' | 'in-progress' | 'delayed' | 'not-started' | 'discontinued' | 'not-reported';
  /** The year of that status; absent when never reported. */
  year?: number;
  /** dropped: unfinished and not in the new edition; carried: unfinished and continued; repeated: completed and in the new edition again; concluded: completed and not repeated. */
  fate: Fate;
  /** Its id in the new edition, when carried or repeated. */
  newId?: string;
}
