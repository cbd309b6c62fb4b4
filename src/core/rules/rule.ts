import type { Assessment, Narrative, Plan, Progress } from '../model/types.generated.js';
import type {
  AssessmentContext,
  FolderContext,
  NarrativeContext,
  PlanContext,
  ProgressContext,
  TextMapContext,
} from './context.js';

export type Severity = 'error' | 'warning';

/**
 * A stage of reading a file that raises a rule itself: the reader (with the listing of the plan
 * folder, which decides what is read), the YAML parser, the version check or the schema; or
 * `nap collect` reading a return (a workbook or a YAML return).
 */
export type Stage = 'read' | 'yaml' | 'version' | 'schema' | 'collect';

/**
 * What a rule checks, one function per kind of input. The context reports for this rule
 * only: a check has no way to raise another rule's code.
 */
export interface Checks {
  /** A plan that passed the schema. */
  plan?(plan: Plan, ctx: PlanContext): void;
  /** A progress file that passed the schema, against its plan (which passed too). */
  progress?(progress: Progress, ctx: ProgressContext): void;
  /** A narrative (narrative/<year>.yaml) that passed the schema, against its plan (which passed too). */
  narrative?(narrative: Narrative, ctx: NarrativeContext): void;
  /** An assessment (assessments/<year>...) that passed the schema, against its plan (which passed too). */
  assessment?(assessment: Assessment, ctx: AssessmentContext): void;
  /** One language map ({ en: ..., fr: ... }) of a plan, progress or narrative file, when the plan passed the schema. */
  textMap?(map: Readonly<Record<string, string>>, pointer: string, ctx: TextMapContext): void;
  /** The progress files and assessments of a plan folder together, whatever the state of the plan. */
  folder?(ctx: FolderContext): void;
}

interface Meta<C extends string> {
  /** Stable code: never renumbered or reused (CI configurations and SARIF dashboards refer to it). */
  readonly code: C;
  readonly severity: Severity;
  readonly title: string;
  /** What the rule protects against and how to fix it, in 1-3 sentences a clerk understands. */
  readonly explanation: string;
}

/**
 * One rule: raised by a reading stage (no check of its own), or checked by its own
 * functions, or both (NAP030: the YAML stage for keys, a check for ids).
 */
export type RuleUnit<C extends string = string> = Meta<C> &
  ({ readonly stage: Stage; readonly checks?: Checks } | { readonly stage?: undefined; readonly checks: Checks });

/** Declares a rule, keeping its code and stage as literal types for the list to derive from. */
export function defineRule<const R extends RuleUnit>(rule: R): R {
  return rule;
}
