import { distanceToTarget, type Formatter, womenShare } from '../model/format.js';
import type { Account } from '../model/progress-index.js';
import { combinedStatus, direction, type ReportedStatus } from '../model/status.js';
import type { TextPicker } from '../model/text.js';
import type { Action, Indicator, Plan, Value } from '../model/types.generated.js';
import { idOf } from '../model/walk.js';
import type { ActionView, IndicatorView } from './model-types.js';

export interface ActionContext {
  plan: Plan;
  year: number;
  f: Formatter;
  text: TextPicker;
  accounts: ReadonlyMap<string, Account[]>;
  previous: ReadonlyMap<string, Account[]> | undefined;
  actorNames: ReadonlyMap<string, string>;
  markdown: (s: string) => string;
}

export function buildActionView(action: Action, objectiveId: string, ctx: ActionContext): ActionView {
  const { f, text } = ctx;
  const id = idOf(action.id);
  const accounts = ctx.accounts.get(id) ?? [];
  const status = combinedStatus(accounts.map((a) => a.report.status as ReportedStatus));
  const view: ActionView = {
    anchor: `action-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`,
    id,
    text: text.pick(action.text, `action ${id}`),
    objectiveId,
    status,
    statusLabel: f.t(`status.${status}`),
    actors: action.actors.map((a) => ({ id: a, name: ctx.actorNames.get(a) ?? a, lead: a === action.lead })),
    indicators: (action.indicators ?? []).map((ind, i) =>
      indicatorView(ind, i, accounts, ctx.previous?.get(id) ?? [], ctx),
    ),
    accounts: accounts.map((a) => ({
      reporter: a.reporter ? (ctx.actorNames.get(a.reporter) ?? a.reporter) : undefined,
      statusLabel: f.t(`status.${a.report.status}`),
      summaryHtml: a.report.summary ? ctx.markdown(text.pick(a.report.summary, `summary of ${id}`)) : '',
      sources: (a.report.sources ?? []).map((s) => text.pick(s, `sources of ${id}`)),
      spent: a.report.spent ? f.money(a.report.spent.amount, a.report.spent.currency) : undefined,
    })),
  };
  if (ctx.previous) {
    const before = ctx.previous.get(id) ?? [];
    const prev = combinedStatus(before.map((a) => a.report.status as ReportedStatus));
    if (prev !== status || before.length) {
      // A report that stops coming is a step back, whatever the last status was.
      const d = status === 'not-reported' ? -1 : direction(prev, status);
      view.change = {
        previousLabel: f.t('parliament.changedFrom', { year: ctx.year - 1, status: f.t(`status.${prev}`) }),
        direction: prev === 'not-reported' ? 'new' : d > 0 ? 'up' : d < 0 ? 'down' : 'same',
      };
    }
  }
  if (action.due !== undefined) view.due = String(action.due);
  if (action.budget) view.budget = f.money(action.budget.amount, action.budget.currency);
  return view;
}

function indicatorView(
  ind: Indicator,
  i: number,
  accounts: readonly Account[],
  before: readonly Account[],
  ctx: ActionContext,
): IndicatorView {
  const { f, text } = ctx;
  const obj = typeof ind === 'string' ? undefined : ind;
  const valueIn = (a: Account): Value | undefined => {
    // Own keys only: an indicator id such as "constructor" must not find Object's.
    const own = (key: string) =>
      a.report.indicators && Object.hasOwn(a.report.indicators, key) ? a.report.indicators[key] : undefined;
    return own(String(i + 1)) ?? (obj?.id !== undefined ? own(obj.id) : undefined);
  };
  const view: IndicatorView = {
    position: i + 1,
    text: typeof ind === 'string' ? ind : text.pick(ind.text, `indicator ${i + 1}`),
    values: accounts.flatMap((a) => {
      const v = valueIn(a);
      if (v === undefined) return [];
      const share = womenShare(v);
      return [
        {
          reporter: a.reporter && accounts.length > 1 ? (ctx.actorNames.get(a.reporter) ?? a.reporter) : undefined,
          value: f.value(ind, v),
          womenShare: share !== undefined ? f.t('common.womenShare', { share: f.share(share) }) : undefined,
        },
      ];
    }),
  };
  if (obj?.baseline) view.baseline = withYear(f.value(ind, obj.baseline.value), obj.baseline.year);
  if (obj?.target) view.target = withYear(f.value(ind, obj.target.value), obj.target.year);
  // Moving away: further from the target than last year's value (or the baseline).
  const current = accounts.map(valueIn).find((v) => v !== undefined);
  const earlier = before.map(valueIn).find((v) => v !== undefined) ?? obj?.baseline?.value;
  if (obj?.target && current !== undefined && earlier !== undefined) {
    const now = distanceToTarget(current, obj.target.value);
    const then = distanceToTarget(earlier, obj.target.value);
    if (now !== undefined && then !== undefined && now > then) {
      view.away = {
        previous: f.value(ind, earlier),
        current: f.value(ind, current),
        target: f.value(ind, obj.target.value),
      };
    }
  }
  return view;
}

function withYear(value: string, year: number | undefined): string {
  return year ? `${value} (${year})` : value;
}
