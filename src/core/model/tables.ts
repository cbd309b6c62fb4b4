import { accountability } from './accountability.js';
import { type AssessmentFileData, assessorId, assessorOf, type LevelSpec, levelLabel, scaleOf } from './assessment.js';
import { indexProgress, type ProgressFileData, reportedValue } from './progress-index.js';
import type { TextPicker } from './text.js';
import type { Measure, Plan, SexValues, Value } from './types.generated.js';
import { eachAction, idOf } from './walk.js';

/**
 * The open data of a plan as tidy tables, one entry per table: `nap export` writes them as CSV,
 * JSON, a workbook or a Data Package, and `nap site` offers them for download. A new table
 * (civil-society assessments, for one) is one more entry in TABLES. Column names are part of
 * nap's public interface (README, "Export"): add columns, never rename one.
 */

/** Table Schema field types (Frictionless) used by the tables. */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'year' | 'date';
export type Cell = string | number | boolean | null;

export interface Column {
  name: string;
  type: FieldType;
  description: string;
  /** Never empty. */
  required?: boolean;
}

export interface TableInput {
  plan: Plan;
  progress: readonly ProgressFileData[];
  /** Texts in the language exported. */
  text: TextPicker;
  /** Independent assessments (assessments/<year>/...); none when absent. */
  assessments?: readonly AssessmentFileData[];
  /** The name of a level of the built-in scale in the language exported (its translations); its id when absent. */
  builtInLevel?: (levelId: string) => string;
}

export interface TableSpec {
  name: string;
  description: string;
  columns: readonly Column[];
  primaryKey?: readonly string[];
  /** Columns that name a row of another table by its primary key. */
  foreignKeys?: readonly { fields: readonly string[]; table: string }[];
  rows(input: TableInput): Cell[][];
}

export interface Table {
  spec: TableSpec;
  rows: Cell[][];
}

const col = (name: string, type: FieldType, description: string, required = false): Column =>
  required ? { name, type, description, required } : { name, type, description };

const PLAN_ID = col('plan_id', 'string', 'Id of the plan (plan.yaml id)', true);
const ACTION_ID = col('action_id', 'string', 'Id of the action, as the plan prints it', true);
const YEAR = col('year', 'year', 'Year reported on', true);
const ILLUSTRATIVE = (what: string) =>
  col('illustrative', 'boolean', `true when ${what} is illustrative sample data, not official`, true);

const SEXES = ['women', 'men', 'other', 'unknown'] as const;
const list = (xs: readonly string[] | undefined): string | null => (xs?.length ? xs.join('; ') : null);
const num = (v: Value | undefined): number | null =>
  typeof v === 'number' ? v : typeof v === 'object' && v !== null ? total(v) : null;
const words = (v: Value | undefined): string | null =>
  typeof v === 'string' ? v : typeof v === 'boolean' ? (v ? 'yes' : 'no') : null;
const total = (v: SexValues) => v.women + v.men + (v.other ?? 0) + (v.unknown ?? 0);
const sexPart = (v: Value | undefined, sex: 'women' | 'men') => (typeof v === 'object' && v !== null ? v[sex] : null);

/** Baseline or target: year, value (a number, or the total of values per sex), women, men, words, illustrative. */
function measureColumns(prefix: 'baseline' | 'target'): Column[] {
  return [
    col(`${prefix}_year`, 'year', `Year of the ${prefix}`),
    col(`${prefix}_value`, 'number', `The ${prefix} as a number; for values per sex, their total`),
    col(`${prefix}_women`, 'number', `The ${prefix} for women, when given per sex`),
    col(`${prefix}_men`, 'number', `The ${prefix} for men, when given per sex`),
    col(`${prefix}_text`, 'string', `The ${prefix} when it is words or yes/no`),
    col(`${prefix}_illustrative`, 'boolean', `true when the ${prefix} is illustrative, not official`),
  ];
}
const measureCells = (m: Measure | undefined): Cell[] =>
  m
    ? [
        m.year ?? null,
        num(m.value),
        sexPart(m.value, 'women'),
        sexPart(m.value, 'men'),
        words(m.value),
        !!m.illustrative,
      ]
    : [null, null, null, null, null, null];

const actions: TableSpec = {
  name: 'actions',
  description: 'One row per action of the plan, with its place under an objective (and goal) and who carries it out.',
  columns: [
    PLAN_ID,
    col('objective_id', 'string', 'Id of the objective the action is under', true),
    col('goal_id', 'string', 'Id of the goal the action is under, if any'),
    ACTION_ID,
    col('text', 'string', 'Text of the action', true),
    col('actors', 'string', "Ids of the actors responsible, separated by '; '", true),
    col('lead', 'string', 'Id of the lead actor, if named'),
    col('due', 'string', 'Due date: a year or an ISO date'),
    col('budget_amount', 'number', 'Budget of the action'),
    col('budget_currency', 'string', 'ISO 4217 currency of the budget'),
    col('tags', 'string', "Tags, separated by '; '"),
    ILLUSTRATIVE('the plan'),
    col('continues', 'string', 'The action of an earlier edition this one continues, as <plan id>:<action id>'),
  ],
  primaryKey: ['plan_id', 'action_id'],
  rows: ({ plan, text }) =>
    [...eachAction(plan)].map(({ action: a, objective, goal }) => [
      plan.id,
      idOf(objective.id),
      goal ? idOf(goal.id) : null,
      idOf(a.id),
      text.pick(a.text, `action ${a.id}`),
      a.actors.join('; '),
      a.lead ?? null,
      a.due === undefined ? null : String(a.due),
      a.budget?.amount ?? null,
      a.budget?.currency ?? null,
      list(a.tags),
      plan.illustrative === true,
      a.continues ?? null,
    ]),
};

const indicators: TableSpec = {
  name: 'indicators',
  description: 'One row per indicator of an action, with its unit, baseline and target.',
  columns: [
    PLAN_ID,
    ACTION_ID,
    col('indicator_key', 'string', 'The indicator id, or its position in the action (1, 2, ...)', true),
    col('position', 'integer', 'Position of the indicator in the action, from 1', true),
    col('text', 'string', 'Text of the indicator', true),
    col('unit', 'string', 'count, percent, amount, yes-no or text', true),
    col('disaggregation', 'string', "sex when values are given per sex; separated by '; '"),
    col('currency', 'string', 'ISO 4217 currency of an amount'),
    ...measureColumns('baseline'),
    ...measureColumns('target'),
  ],
  primaryKey: ['plan_id', 'action_id', 'indicator_key'],
  foreignKeys: [{ fields: ['plan_id', 'action_id'], table: 'actions' }],
  rows: ({ plan, text }) =>
    [...eachAction(plan)].flatMap(({ action: a }) =>
      (a.indicators ?? []).map((ind, i) => {
        const o = typeof ind === 'string' ? undefined : ind;
        return [
          plan.id,
          idOf(a.id),
          o?.id ?? String(i + 1),
          i + 1,
          typeof ind === 'string' ? ind : text.pick(ind.text, `indicator ${i + 1} of ${a.id}`),
          o?.unit ?? 'text',
          list(o?.disaggregation),
          o?.currency ?? null,
          ...measureCells(o?.baseline),
          ...measureCells(o?.target),
        ];
      }),
    ),
};

const statuses: TableSpec = {
  name: 'statuses',
  description:
    'One row per action and year with progress: the status nap reports (the least advanced of the accounts; not-reported when none came).',
  columns: [
    PLAN_ID,
    YEAR,
    ACTION_ID,
    col('status', 'string', 'completed, in-progress, delayed, not-started, discontinued or not-reported', true),
    col('discontinued_since', 'year', 'Year an earlier account discontinued the action, when none came this year'),
    col('actors_missing', 'string', "Ids of the actors expected to report that sent nothing, separated by '; '"),
    ILLUSTRATIVE("the year's progress"),
  ],
  primaryKey: ['plan_id', 'year', 'action_id'],
  foreignKeys: [{ fields: ['plan_id', 'action_id'], table: 'actions' }],
  rows: ({ plan, progress }) => {
    const byYear = indexProgress(progress);
    const parents = new Map(plan.actors.map((a) => [a.id, a.parent]));
    return yearsOf(progress).flatMap((year) => {
      const illustrative = progress.some((p) => p.data.year === year && p.data.illustrative === true);
      return [...eachAction(plan)].map(({ action }) => {
        const who = accountability(action, year, byYear, parents);
        return [
          plan.id,
          year,
          idOf(action.id),
          who.status,
          who.discontinuedSince ?? null,
          list(who.missing),
          illustrative,
        ];
      });
    });
  },
};

const progressTable: TableSpec = {
  name: 'progress',
  description: 'One row per account: an action, a year and the actor who reported on it.',
  columns: [
    PLAN_ID,
    YEAR,
    ACTION_ID,
    col('reporter', 'string', 'Id of the actor who sent the account; empty for a file of the whole plan'),
    col('status', 'string', 'completed, in-progress, delayed, not-started or discontinued', true),
    col('summary', 'string', 'What was done, as Markdown'),
    col('spent_amount', 'number', 'Money spent in the year'),
    col('spent_currency', 'string', 'ISO 4217 currency of the spending'),
    col('sources', 'string', "Sources of the account, separated by '; '"),
    col('submitted', 'date', 'Date the progress file was submitted'),
    ILLUSTRATIVE('the account'),
  ],
  foreignKeys: [{ fields: ['plan_id', 'action_id'], table: 'actions' }],
  rows: ({ plan, progress, text }) =>
    accountsInOrder(plan, progress).flatMap(({ id, accounts }) =>
      accounts.map(({ data, report: r }) => [
        plan.id,
        data.year,
        id,
        data.reporter ?? null,
        r.status,
        r.summary === undefined ? null : text.pick(r.summary, `summary of ${id}`),
        r.spent?.amount ?? null,
        r.spent?.currency ?? null,
        r.sources?.length ? r.sources.map((s) => text.pick(s, `sources of ${id}`)).join('; ') : null,
        data.submitted ?? null,
        data.illustrative === true,
      ]),
    ),
};

const values: TableSpec = {
  name: 'values',
  description:
    'One row per indicator value reported: an indicator, a year, a reporter and, for values given per sex, the sex.',
  columns: [
    PLAN_ID,
    YEAR,
    ACTION_ID,
    col('indicator_key', 'string', 'The indicator id, or its position in the action', true),
    col('reporter', 'string', 'Id of the actor who reported the value; empty for a file of the whole plan'),
    col('sex', 'string', 'women, men, other or unknown for values given per sex; empty otherwise'),
    col('value', 'number', 'The value, when it is a number'),
    col('value_text', 'string', 'The value, when it is words or yes/no'),
    col('unit', 'string', 'count, percent, amount, yes-no or text', true),
    ILLUSTRATIVE('the value'),
  ],
  foreignKeys: [{ fields: ['plan_id', 'action_id', 'indicator_key'], table: 'indicators' }],
  rows: ({ plan, progress }) =>
    accountsInOrder(plan, progress).flatMap(({ action, id, accounts }) =>
      (action.indicators ?? []).flatMap((ind, i) => {
        const o = typeof ind === 'string' ? undefined : ind;
        return accounts.flatMap(({ file, data, report }) => {
          const account = { report, file, illustrative: data.illustrative === true, reporter: data.reporter };
          const v = reportedValue(account, i, o?.id);
          if (v === undefined) return [];
          const row = (sex: string | null, value: number | null, text: string | null): Cell[] => [
            plan.id,
            data.year,
            id,
            o?.id ?? String(i + 1),
            data.reporter ?? null,
            sex,
            value,
            text,
            o?.unit ?? 'text',
            data.illustrative === true,
          ];
          if (typeof v !== 'object') return [row(null, num(v), words(v))];
          return SEXES.flatMap((s) => (v[s] === undefined ? [] : [row(s, v[s], null)]));
        });
      }),
    ),
};

const assessments: TableSpec = {
  name: 'assessments',
  description:
    "One row per independent assessment of an action: a year, an assessor (civil society, academia, parliament) and an action, with the rating on the assessor's scale and the government status that level stands for.",
  columns: [
    PLAN_ID,
    YEAR,
    ACTION_ID,
    col('assessor_id', 'string', 'Id of the assessor', true),
    col('assessor_name', 'string', 'Name of the assessor', true),
    col('assessor_type', 'string', 'civil-society, academia or parliament'),
    col('scale', 'string', 'Id of the scale rated on: completion (the built-in scale) or a scale of the plan', true),
    col('rating', 'string', 'Id of the level of the scale given', true),
    col('level_label', 'string', 'Name of that level', true),
    col(
      'compared_status',
      'string',
      'The government status the level stands for: completed, in-progress, delayed, not-started or not-reported',
      true,
    ),
    col('comment', 'string', "The assessor's comment, as Markdown", true),
    col('evidence', 'string', "Sources the assessment rests on, separated by '; '"),
    col('submitted', 'date', 'Date the assessment was submitted'),
    ILLUSTRATIVE('the assessment'),
  ],
  primaryKey: ['plan_id', 'year', 'assessor_id', 'action_id'],
  foreignKeys: [{ fields: ['plan_id', 'action_id'], table: 'actions' }],
  rows: ({ plan, text, assessments = [], builtInLevel }) =>
    [...assessments]
      .sort((a, b) => a.data.year - b.data.year || assessorId(a.data).localeCompare(assessorId(b.data), 'en'))
      .flatMap(({ data }) => {
        const scale = scaleOf(data, plan);
        if (!scale) return []; // validation refuses an unknown scale
        const who = assessorOf(data, plan);
        const id = assessorId(data);
        // nap's wording of a built-in level when given, else its id.
        const label = (l: LevelSpec) =>
          levelLabel(
            l,
            (x, what) => text.pick(x, what),
            () => builtInLevel?.(l.id) ?? l.id,
          );
        return Object.entries(data.actions).flatMap(([actionId, a]): Cell[][] => {
          const level = a && scale.levels.find((l) => l.id === a.rating);
          if (!a || !level) return [];
          return [
            [
              plan.id,
              data.year,
              actionId,
              id,
              who ? text.pick(who.name, `assessor ${id}`) : id,
              who?.type ?? null,
              scale.id,
              level.id,
              label(level),
              level.status,
              text.pick(a.comment, `assessment of ${actionId}`),
              list(a.evidence),
              data.submitted ?? null,
              data.illustrative === true,
            ],
          ];
        });
      }),
};

/** Every table, in the order they are written. */
export const TABLES: readonly TableSpec[] = [actions, indicators, statuses, progressTable, values, assessments];

export function buildTables(input: TableInput): Table[] {
  return TABLES.map((spec) => ({ spec, rows: spec.rows(input) }));
}

/** The years with progress, in order. */
export function yearsOf(progress: readonly ProgressFileData[]): number[] {
  return [...new Set(progress.map((p) => p.data.year))].sort((a, b) => a - b);
}

/** Progress files by year, then reporter, so the rows come out the same on every machine. */
function sortedFiles(progress: readonly ProgressFileData[]): ProgressFileData[] {
  return [...progress].sort(
    (a, b) => a.data.year - b.data.year || (a.data.reporter ?? '').localeCompare(b.data.reporter ?? '', 'en'),
  );
}

/**
 * Each action of the plan, in the plan's order, with its accounts by year, then reporter. Not in
 * the order of a progress file's keys: JavaScript lists integer-like keys (9, 11) before 1.a.
 */
function accountsInOrder(plan: Plan, progress: readonly ProgressFileData[]) {
  const files = sortedFiles(progress);
  return [...eachAction(plan)].map(({ action }) => {
    const id = idOf(action.id);
    const accounts = files.flatMap(({ file, data }) => {
      const report = Object.hasOwn(data.actions, id) ? data.actions[id] : undefined;
      return report ? [{ file, data, report }] : [];
    });
    return { action, id, accounts };
  });
}
