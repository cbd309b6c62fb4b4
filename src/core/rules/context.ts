import type { PlanLookup } from '../model/plan-lookup.js';
import type { Assessment, Plan, Progress } from '../model/types.generated.js';
import type { ActionPlace } from '../model/walk.js';

export type Part = 'key' | 'value';

/**
 * What a check receives for one file, bound to its rule (validate/ implements it):
 * every finding it reports carries that rule's code and severity.
 */
export interface FileContext {
  /** A finding at the value (or key) a JSON pointer names. */
  report(pointer: string, message: string, fix: string, part?: Part): void;
  /** Line of the value (or key) at a pointer, to say where an earlier occurrence stands. */
  line(pointer: string, part?: Part): number;
  /** Numbers written otherwise than they read (`1.10` is 1.1), by pointer. */
  readonly changedNumbers: ReadonlyMap<string, string>;
}

export interface PlanContext extends FileContext {
  /** Name of the folder holding plan.yaml: the plan id must equal it. */
  readonly folderName: string;
  /** Ids of the plans beside this one, to check `supersedes`; undefined when unknown. */
  readonly siblingIds: ReadonlySet<string> | undefined;
  /** The action ids of an earlier edition named by `continues:`; undefined when it is not beside this plan. */
  readonly actionsOf?: (planId: string) => ReadonlySet<string> | undefined;
  /** Every action of the plan in document order (`eachAction`), listed once for all the checks. */
  readonly places: readonly ActionPlace[];
}

export interface ProgressContext extends FileContext {
  readonly lookup: PlanLookup;
  /** The year the file's name or folder gives (progress/2015.yaml, progress/2015/x.yaml), if any. */
  readonly yearFromName: number | undefined;
}

export interface NarrativeContext extends FileContext {
  readonly plan: Plan;
  /** The year the file's name gives (narrative/2015.yaml). */
  readonly yearFromName: number | undefined;
}

export interface AssessmentContext extends FileContext {
  readonly lookup: PlanLookup;
  /** The year the file's name or folder gives (assessments/2015.yaml, assessments/2015/x.yaml). */
  readonly yearFromName: number | undefined;
}

export interface TextMapContext extends FileContext {
  /** The plan's language, and every language it lists. */
  readonly lang: string;
  readonly languages: readonly string[];
}

/** A progress file seen by a folder check. */
export interface ProgressFileContext extends FileContext {
  /** Path as shown to the user. */
  readonly file: string;
  readonly yearFromName: number | undefined;
  /** The data, when this file and its plan passed the schema: only then do rules look inside. */
  readonly data: Progress | undefined;
  /** A finding about the whole file, on its first line. */
  reportFile(message: string, fix: string): void;
}

/** An assessment seen by a folder check. */
export interface AssessmentFileContext extends FileContext {
  readonly file: string;
  /** The data, when this file and its plan passed the schema. */
  readonly data: Assessment | undefined;
}

export interface FolderContext {
  /** The progress files that could be read as text, in folder order. */
  readonly progress: readonly ProgressFileContext[];
  /** The assessments that could be read as text, in folder order. */
  readonly assessments: readonly AssessmentFileContext[];
}
