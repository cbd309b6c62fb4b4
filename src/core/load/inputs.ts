import type { Finding } from '../rules/finding.js';
import type { ReadResult } from './read.js';

/** One file, already read: what the validation core takes instead of touching the disk. */
export interface SourceInput {
  /** Path as shown to the user. */
  file: string;
  read: ReadResult;
}

/** One plan with its progress files, already read: the input of the pure validation core. */
export interface PlanInput {
  folderName: string;
  /** Ids of the plans beside this one (for `supersedes`); undefined skips that check. */
  siblingIds?: ReadonlySet<string>;
  plan: SourceInput;
  /** Earlier editions that actions name in `continues:`, by plan id, read when they sit beside this plan. */
  continuedPlans?: ReadonlyMap<string, SourceInput>;
  progress: Array<SourceInput & { yearFromName?: number }>;
  /** The narratives, narrative/<year>.yaml, with the year of their name. */
  narratives?: Array<SourceInput & { yearFromName?: number }>;
  /** Independent assessments, assessments/<year>.yaml or assessments/<year>/<assessor>.yaml, with their year. */
  assessments?: Array<SourceInput & { yearFromName?: number }>;
  /** What listing the plan folder found: files refused (NAP016) or not read (NAP059), under progress/, narrative/ and assessments/ too. */
  findings?: Finding[];
}
