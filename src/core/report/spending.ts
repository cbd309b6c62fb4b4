import type { Formatter } from '../model/format.js';
import type { Account } from '../model/progress-index.js';
import type { Plan } from '../model/types.generated.js';
import { idOf } from '../model/walk.js';
import type { MoneyTotal, SpendingRow, SpendingView } from './model-types.js';

/** Amounts per currency, added to the cent; never converted or added across currencies. */
class Sums {
  readonly #by = new Map<string, number>();
  readonly actions = new Set<string>();

  add(action: string, amount: number, currency: string): void {
    this.#by.set(currency, Math.round(((this.#by.get(currency) ?? 0) + amount) * 100) / 100);
    this.actions.add(action);
  }

  totals(f: Formatter): MoneyTotal[] {
    return [...this.#by]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, amount]) => ({ currency, amount, text: f.money(amount, currency) }));
  }
}

/**
 * What the accounts of the year say was spent, per objective and per reporting actor. Spending
 * in a file without reporter belongs to no one actor: it has a row of its own.
 */
export function spendingOf(
  plan: Plan,
  accounts: ReadonlyMap<string, readonly Account[]>,
  names: ReadonlyMap<string, string>,
  objectiveTitles: ReadonlyMap<string, string>,
  f: Formatter,
): SpendingView {
  const total = new Sums();
  const byActor = new Map<string | undefined, Sums>();
  const byObjective = plan.objectives.map((o) => {
    const sums = new Sums();
    const actions = [...(o.goals ?? []).flatMap((g) => g.actions), ...(o.actions ?? [])];
    for (const action of actions) {
      const id = idOf(action.id);
      for (const a of accounts.get(id) ?? []) {
        if (!a.report.spent) continue;
        const { amount, currency } = a.report.spent;
        sums.add(id, amount, currency);
        total.add(id, amount, currency);
        const actor = byActor.get(a.reporter) ?? new Sums();
        byActor.set(a.reporter, actor);
        actor.add(id, amount, currency);
      }
    }
    return { id: idOf(o.id), sums };
  });
  const row = (id: string | undefined, label: string, sums: Sums): SpendingRow => {
    const r: SpendingRow = { label, amounts: sums.totals(f), actions: sums.actions.size };
    if (id !== undefined) r.id = id;
    return r;
  };
  const actorRows = plan.actors.flatMap((a) => {
    const sums = byActor.get(a.id);
    return sums ? [row(a.id, names.get(a.id) ?? a.id, sums)] : [];
  });
  const unattributed = byActor.get(undefined);
  if (unattributed) actorRows.push(row(undefined, f.t('parliament.wholePlan'), unattributed));
  return {
    any: total.actions.size > 0,
    byObjective: byObjective.map(({ id, sums }) => row(id, `${id}. ${objectiveTitles.get(id) ?? ''}`, sums)),
    byActor: actorRows,
    total: total.totals(f),
    totalText: total
      .totals(f)
      .map((m) => m.text)
      .join('; '),
    actions: total.actions.size,
  };
}
