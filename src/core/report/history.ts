import { join } from 'node:path';
import { discoverPlans } from '../load/discover.js';
import type { Formatter } from '../model/format.js';
import { lastReported, splitContinues } from '../model/lineage.js';
import { indexProgress } from '../model/progress-index.js';
import type { TextPicker } from '../model/text.js';
import type { Action, Plan } from '../model/types.generated.js';
import { eachAction, idOf } from '../model/walk.js';
import { type LoadedPlan, loadPlan } from '../validate/load-plan.js';

/** An earlier edition an action `continues`, with what its progress files last said of each action. */
export interface EarlierEdition {
  plan: Plan;
  last: Map<string, { status: string; year: number }>;
  continues: Map<string, string>;
  /** Its progress is illustrative sample data: every status shown from it says so. */
  illustrative: boolean;
}

/** Editions chained from this one follow at most this many steps back: NAP I to NAP X, not a loop. */
const MAX_STEPS = 20;

/**
 * The earlier editions the plan's actions continue, followed back edition by edition (be-2017 -> be-2013
 * -> be-2009), loaded from the plan's own plans folder. One that is absent or invalid ends its chain:
 * `nap validate` says why, and the report does not stop for it.
 */
export async function earlierEditions(loaded: LoadedPlan, cwd: string): Promise<Map<string, EarlierEdition>> {
  const out = new Map<string, EarlierEdition>();
  let wanted = refs(loaded.plan);
  for (let step = 0; step < MAX_STEPS && wanted.size; step++) {
    const next = new Set<string>();
    for (const id of wanted) {
      if (out.has(id) || id === loaded.plan.id) continue;
      const earlier = await load(join(loaded.folder.root, id), cwd);
      if (!earlier) continue;
      const byYear = indexProgress(earlier.progress);
      const last = new Map<string, { status: string; year: number }>();
      const continues = new Map<string, string>();
      for (const { action } of eachAction(earlier.plan)) {
        const r = lastReported(byYear, idOf(action.id));
        if (r) last.set(idOf(action.id), r);
        if (action.continues) continues.set(idOf(action.id), action.continues);
      }
      out.set(id, {
        plan: earlier.plan,
        last,
        continues,
        illustrative: earlier.progress.some((p) => p.data.illustrative),
      });
      for (const r of refs(earlier.plan)) next.add(r);
    }
    wanted = next;
  }
  return out;
}

async function load(dir: string, cwd: string): Promise<LoadedPlan | undefined> {
  try {
    const [folder] = await discoverPlans([dir], cwd);
    return folder ? await loadPlan(folder, cwd) : undefined;
  } catch {
    return undefined;
  }
}

function refs(plan: Plan): Set<string> {
  return new Set(
    [...eachAction(plan)].flatMap(({ action }) => (action.continues ? [splitContinues(action.continues)[0]] : [])),
  );
}

/** "Earlier editions: 1.a of NAP 2013–2016, in progress in 2015; 2.a of NAP 2009–2012, not reported." */
export function historyLine(
  action: Action,
  editions: ReadonlyMap<string, EarlierEdition>,
  f: Formatter,
  text: TextPicker,
): string | undefined {
  const steps: string[] = [];
  const seen = new Set<string>();
  let ref = action.continues;
  while (ref && !seen.has(ref) && steps.length < MAX_STEPS) {
    seen.add(ref);
    const [planId, actionId] = splitContinues(ref);
    const e = editions.get(planId);
    const plan = e
      ? `${text.pick(e.plan.title, `title of ${planId}`)} (${e.plan.period.start}–${e.plan.period.end})`
      : planId;
    const last = e?.last.get(actionId);
    const mark = e?.illustrative ? ` ${f.t('editions.illustrativeMark')}` : '';
    const status = last
      ? `${f.t('editions.statusIn', { status: f.t(`status.${last.status}`), year: last.year })}${mark}`
      : e?.last.size
        ? f.t('status.not-reported')
        : '';
    steps.push(f.t(status ? 'editions.historyStep' : 'editions.historyStepBare', { id: actionId, plan, status }));
    ref = e?.continues.get(actionId);
  }
  return steps.length ? f.t('editions.history', { list: steps.join(f.t('editions.separator')) }) : undefined;
}
