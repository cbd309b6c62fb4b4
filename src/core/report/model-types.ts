import type { ProgressClass } from '../model/progress-class.js';
import type { Status } from '../model/status.js';
import type { Figure, IndicatorTrend } from '../model/trends.js';
import type { HistoryStep } from '../validate/editions.js';

/** Everything a report template shows, computed once: templates hold no logic. */
export interface ReportModel {
  lang: string;
  planId: string;
  title: string;
  issuer: string;
  country: string;
  period: string;
  periodStart: number;
  periodEnd: number;
  year: number;
  previousYear?: number;
  generatedOn: string;
  generatedIso: string;
  illustrative: { plan: boolean; progress: boolean; narrative: boolean; any: boolean };
  /** "National Action Plan no. 2", from the plan's `edition`. */
  edition?: string;
  editionNumber?: number;
  /** The plan's coordinators, by full name. */
  coordinators: { id: string; name: string }[];
  /** The same, joined for a line of text. */
  coordinatorNames: string;
  labels: Labels;
  /** The same in lower case, for use inside a sentence. */
  labelsLower: Labels;
  /** Counts of the year; with `previous` set when the year before has progress. */
  totals: StatusCount[];
  totalActions: number;
  objectives: ObjectiveView[];
  notReported: ActorActions[];
  byActor: ActorActions[];
  /** The progress files of the year: who submitted what, when. */
  submissions: SubmissionView[];
  spending: SpendingView;
  /** Actors' short names and the plan's glossary, by term. */
  abbreviations: Abbreviation[];
  /** The coordinator's narrative for the year (narrative/<year>.yaml), when there is one. */
  narrative?: NarrativeView;
  /** Independent assessments of the year (assessments/<year>...), compared with the government's accounts. */
  assessments: AssessmentsModel;
  /** Notes for the reader, e.g. that some texts are untranslated. */
  notes: string[];
  /** For the command to print: texts without a translation, etc. */
  warnings: string[];
}

/** What the plan calls its levels, in the document's language. */
export interface Labels {
  objective: string;
  goal: string;
  action: string;
  indicator: string;
  actor: string;
}

export interface StatusCount {
  status: Status;
  label: string;
  count: number;
  share: string;
  /** 0..1, for charts. */
  fraction: number;
  /** The count of the previous year, when it has progress. */
  previous?: number;
}

export interface SubmissionView {
  /** The reporter's short name, or words for a file that answers for the whole plan. */
  reporter: string;
  reporterId?: string;
  /** The date as the language writes it, and as ISO. */
  submitted?: string;
  submittedIso?: string;
  notesHtml: string;
  notes?: string;
  /** Actions the file reports on. */
  actions: number;
}

export interface MoneyTotal {
  currency: string;
  amount: number;
  /** "€1,500,000", as the language writes it. */
  text: string;
}

export interface SpendingRow {
  /** Objective id, or actor id; absent for spending in a file without reporter. */
  id?: string;
  label: string;
  /** One total per currency: amounts in different currencies are never added. */
  amounts: MoneyTotal[];
  /** Actions with spending in this row. */
  actions: number;
}

export interface SpendingView {
  /** Whether any account of the year reported spending. */
  any: boolean;
  byObjective: SpendingRow[];
  byActor: SpendingRow[];
  total: MoneyTotal[];
  /** The total as words: "€2,105,200", or one amount per currency joined. */
  totalText: string;
  /** Actions with spending reported. */
  actions: number;
}

export interface NarrativeSectionView {
  key: string;
  anchor: string;
  /** "Methodology", in the document's language. */
  title: string;
  /** The Markdown as written, and as safe HTML. */
  markdown: string;
  html: string;
  front: boolean;
}

export interface NarrativeView {
  /** Illustrative sample text, not the coordinator's words: said beside every section. */
  illustrative: boolean;
  /** Foreword, introduction, methodology, highlights: before the summary, in that order. */
  front: NarrativeSectionView[];
  /** Conclusions, consultation of civil society: after the progress per action. */
  back: NarrativeSectionView[];
}

export interface Abbreviation {
  term: string;
  meaning: string;
  source: 'actor' | 'glossary';
}

export interface ObjectiveView {
  anchor: string;
  id: string;
  title: string;
  /** "Objective 1. International normative framework": heading and contents entry alike. */
  heading: string;
  descriptionHtml: string;
  counts: StatusCount[];
  total: number;
  goals: GoalView[];
  actions: ActionView[];
}

export interface GoalView {
  anchor: string;
  id: string;
  title: string;
  heading: string;
  actions: ActionView[];
}

export interface ActionView {
  anchor: string;
  id: string;
  text: string;
  objectiveId: string;
  status: Status;
  statusLabel: string;
  /** The year an earlier account discontinued the action (none came since). */
  discontinuedSince?: number;
  /** "Discontinued since 2014". */
  discontinuedLabel?: string;
  /** Since the previous year: up, down (a real setback), same, new (first report) or missing (no report this year). */
  change?: { previousLabel: string; direction: 'up' | 'down' | 'same' | 'new' | 'missing' };
  previousStatus?: Status;
  /** The status went back since the previous year (not a missing report). */
  setback: boolean;
  /** The action's actors, each with whether it reported and its own account's status. */
  actors: ActorOfAction[];
  expected: string[];
  reported: string[];
  missing: string[];
  indicators: IndicatorView[];
  accounts: AccountView[];
  /** Independent assessments of the action in the year, shown after the government's accounts. */
  assessments?: AssessmentView[];
  due?: string;
  budget?: string;
  /** Its history across editions, from `continues`: "Earlier editions: …". */
  history?: string;
  /** The same history, step by step, newest first. */
  earlier?: HistoryStep[];
  /** The action it continues, as the plan states it. */
  continues?: string;
}

export interface ActorOfAction {
  id: string;
  name: string;
  lead: boolean;
  reported: boolean;
  status: Status;
  statusLabel: string;
}

export interface IndicatorView {
  position: number;
  /** The indicator's id, or its position as text. */
  key: string;
  text: string;
  unit: string;
  /** A count, percent or amount: shown with its values by year and its progress. */
  quantitative: boolean;
  values: { reporter?: string; value: string; womenShare?: string; total?: string }[];
  baseline?: string;
  target?: string;
  /** Values by year, the year reported on last; missing years included. */
  series: { year: number; value: string; missing: boolean; current: boolean }[];
  /** "share of women fell from 7.9% (2014) to 6.5%". */
  trendLabel?: string;
  /** Progress towards the target: a mark and words, never colour alone. */
  progress?: { class: ProgressClass; mark: string; label: string };
  /** "6.5 points to go": target minus current value, in the measure tracked. */
  distance?: string;
  /** Further from the target than the previous value: a real setback, marked ▼. */
  setback: boolean;
  /** Set when the value moved away from the target since the previous year (or the baseline). */
  away?: { previous: string; current: string; target: string };
  /** The figures behind the words, for --format json. */
  figures?: IndicatorTrend & { baseline?: Figure; target?: Figure; baselineYear?: number; targetYear?: number };
}

export interface AccountView {
  reporter?: string;
  statusLabel: string;
  summaryHtml: string;
  sources: string[];
  spent?: string;
}

export interface ActorActions {
  id: string;
  name: string;
  /** Counts of the actor's own statuses. */
  counts: StatusCount[];
  actions: {
    id: string;
    text: string;
    /** The actor's own status: its account's, not a co-responsible actor's. */
    status: Status;
    statusLabel: string;
    lead: boolean;
    anchor: string;
    /** Co-responsible actors who did report, when this one did not. */
    reportedBy?: string;
    discontinuedSince?: number;
  }[];
}

/** One assessor's view of one action, beside the government's account. */
export interface AssessmentView {
  assessorId: string;
  /** The assessor's full name, and the short one for tables. */
  assessor: string;
  assessorShort: string;
  illustrative: boolean;
  level: string;
  /** The level's place on its scale, 0 for the least advanced. */
  levelIndex: number;
  levelLabel: string;
  /** The level's colour, always shown beside its label. */
  levelColour?: string;
  /** The government status the level is compared as (docs/format.md, "assessment files"). */
  levelStatus: Status;
  commentHtml: string;
  /** The comment as written (Markdown), for --format json. */
  comment: string;
  evidence: string[];
  indicators: { label: string; html: string }[];
  /** Steps the assessor rates the action below the government's status (negative: above); undefined when not compared. */
  below?: number;
}

/** A row of "Where assessments differ", "Assessed but not reported" or "What went well". */
export interface AssessmentRow {
  actionId: string;
  anchor: string;
  actionText: string;
  assessorId: string;
  assessor: string;
  governmentStatus: Status;
  governmentLabel: string;
  levelLabel: string;
  levelColour?: string;
  /** Steps below the government's status. */
  steps: number;
  illustrative: boolean;
}

export interface AssessorView {
  id: string;
  name: string;
  short: string;
  /** civil-society, academia or parliament, and the same in the document's language. */
  type?: string;
  typeLabel: string;
  illustrative: boolean;
  submitted?: string;
  submittedIso?: string;
  methodHtml: string;
  method?: string;
  /** The scale's id, and its name in the document's language. */
  scaleId: string;
  scale: string;
  /** Actions this assessor assessed in the year. */
  actions: number;
}

export interface AssessmentsModel {
  any: boolean;
  /** Some assessment of the year is illustrative: said on the cover and beside each. */
  illustrative: boolean;
  assessors: AssessorView[];
  /** The assessor rates the action below the government's status: the largest difference first. */
  differences: AssessmentRow[];
  /** Assessed, but no account of the government for the year. */
  unreported: AssessmentRow[];
  /** Rated in progress or completed, and not below the government: what went well. */
  wentWell: AssessmentRow[];
}
