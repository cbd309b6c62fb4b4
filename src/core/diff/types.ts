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
}

export interface PlanRef {
  id: string;
  title: string;
  period: string;
  actions: number;
  illustrative: boolean;
}

export interface DiffSummary {
  added: number;
  removed: number;
  reworded: number;
  renumbered: number;
  moved: number;
  unchanged: number;
  /** Matched actions with other changes only (actors, lead, indicators, due date, budget). */
  modified: number;
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

export type ActionAspect = 'reworded' | 'renumbered' | 'moved' | 'actors' | 'lead' | 'indicators' | 'due' | 'budget';

export interface ActionChange {
  level: 'action';
  kind: 'added' | 'removed' | 'changed';
  aspects: ActionAspect[];
  oldId?: string;
  newId?: string;
  /** Where the action sits: "1 > 4" (objective > goal). */
  oldPath?: string;
  newPath?: string;
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
