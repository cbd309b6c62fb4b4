import type { Status } from '../model/status.js';

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
  illustrative: { plan: boolean; progress: boolean; any: boolean };
  labels: { objective: string; goal: string; action: string; indicator: string; actor: string };
  totals: StatusCount[];
  totalActions: number;
  objectives: ObjectiveView[];
  notReported: ActorActions[];
  byActor: ActorActions[];
  /** Notes for the reader, e.g. that some texts are untranslated. */
  notes: string[];
  /** For the command to print: texts without a translation, etc. */
  warnings: string[];
}

export interface StatusCount {
  status: Status;
  label: string;
  count: number;
  share: string;
  /** 0..1, for charts. */
  fraction: number;
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
  change?: { previousLabel: string; direction: 'up' | 'down' | 'same' | 'new' };
  actors: { id: string; name: string; lead: boolean }[];
  indicators: IndicatorView[];
  accounts: AccountView[];
  due?: string;
  budget?: string;
}

export interface IndicatorView {
  position: number;
  text: string;
  values: { reporter?: string; value: string; womenShare?: string }[];
  baseline?: string;
  target?: string;
  /** Set when the value moved away from the target since the previous year (or the baseline). */
  away?: { previous: string; current: string; target: string };
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
  counts: StatusCount[];
  actions: { id: string; text: string; status: Status; statusLabel: string; lead: boolean; anchor: string }[];
}
