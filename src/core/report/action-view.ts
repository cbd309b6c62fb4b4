import { accountability } from '../model/accountability.js';
import type { Account } from '../model/progress-index.js';
import { combinedStatus, direction, type ReportedStatus } from '../model/status.js';
import type { Action } from '../model/types.generated.js';
import { idOf } from '../model/walk.js';
import { actionHistory, historyLine } from '../validate/editions.js';
import type { ActionContext } from './action-context.js';
import { indicatorView } from './indicator-view.js';
import type { ActionView } from './model-types.js';

const statusesOf = (accounts: readonly Account[]) => accounts.map((a) => a.report.status as ReportedStatus);

export function buildActionView(action: Action, objectiveId: string, ctx: ActionContext): ActionView {
  const { f, text, year } = ctx;
  const id = idOf(action.id);
  const accounts = ctx.byYear.get(year)?.get(id) ?? [];
  const who = accountability(action, year, ctx.byYear, ctx.parents);
  const name = (a: string) => ctx.actorNames.get(a) ?? a;
  const view: ActionView = {
    anchor: `action-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`,
    id,
    text: text.pick(action.text, `action ${id}`),
    objectiveId,
    status: who.status,
    statusLabel: f.t(`status.${who.status}`),
    setback: false,
    actors: action.actors.map((a) => {
      const status = who.byActor.get(a) ?? 'not-reported';
      return {
        id: a,
        name: name(a),
        lead: a === action.lead,
        reported: who.reported.includes(a),
        status,
        statusLabel: f.t(`status.${status}`),
      };
    }),
    expected: who.expected,
    reported: who.reported,
    missing: who.missing,
    indicators: (action.indicators ?? []).map((ind, i) => indicatorView(ind, i, id, ctx)),
    accounts: accounts.map((a) => ({
      reporter: a.reporter ? name(a.reporter) : undefined,
      statusLabel: f.t(`status.${a.report.status}`),
      summaryHtml: a.report.summary ? ctx.markdown(text.pick(a.report.summary, `summary of ${id}`)) : '',
      sources: (a.report.sources ?? []).map((s) => text.pick(s, `sources of ${id}`)),
      spent: a.report.spent ? f.money(a.report.spent.amount, a.report.spent.currency) : undefined,
    })),
  };
  if (action.continues) view.continues = action.continues;
  const steps = ctx.earlier ? actionHistory(action, ctx.earlier, text) : [];
  if (steps.length) {
    view.earlier = steps;
    view.history = historyLine(steps, f)!;
  }
  if (who.discontinuedSince !== undefined) {
    view.discontinuedSince = who.discontinuedSince;
    view.discontinuedLabel = f.t('parliament.discontinuedSince', { year: who.discontinuedSince });
  }
  const previousYear = ctx.byYear.get(year - 1);
  if (previousYear) {
    const before = previousYear.get(id) ?? [];
    const prevSince = before.length ? undefined : accountability(action, year - 1, ctx.byYear, ctx.parents);
    const prev = prevSince?.discontinuedSince !== undefined ? 'discontinued' : combinedStatus(statusesOf(before));
    if (prev !== who.status || before.length) {
      view.previousStatus = prev;
      const d = direction(prev, who.status);
      // A report that stops coming is shown as missing, not as a step back: nothing is known of the action.
      view.change = {
        previousLabel: f.t('parliament.changedFrom', { year: year - 1, status: f.t(`status.${prev}`) }),
        direction:
          who.status === 'not-reported'
            ? 'missing'
            : prev === 'not-reported'
              ? 'new'
              : d > 0
                ? 'up'
                : d < 0
                  ? 'down'
                  : 'same',
      };
      view.setback = view.change.direction === 'down';
    }
  }
  if (action.due !== undefined) view.due = String(action.due);
  if (action.budget) view.budget = f.money(action.budget.amount, action.budget.currency);
  return view;
}
