import { join } from 'node:path';
import { discoverPlans } from '../load/discover.js';
import type { Formatter } from '../model/format.js';
import { lastReported, splitContinues } from '../model/lineage.js';
import { indexProgress } from '../model/progress-index.js';
import type { Status } from '../model/status.js';
import type { TextPicker } from '../model/text.js';
import type { Action, Plan } from '../model/types.generated.js';
import { eachAction, idOf } from '../model/walk.js';
import { type LoadedPlan, loadPlan } from './load-plan.js';

/** An earlier edition an action `continues`, with what its progress files last said of each action. */
export interface EarlierEdition {
  plan: Plan;
  last: Map<string, { status: Status; year: number }>;
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
export async function earlierEditions(
  loaded: LoadedPlan,
  cwd: string,
  /** Plans the caller has loaded already, by folder (root and folder name joined): not loaded again. */
  known?: ReadonlyMap<string, LoadedPlan>,
): Promise<Map<string, EarlierEdition>> {
  const out = new Map<string, EarlierEdition>();
  let wanted = refs(loaded.plan);
  for (let step = 0; step < MAX_STEPS && wanted.size; step++) {
    const next = new Set<string>();
    for (const id of wanted) {
      if (out.has(id) || id === loaded.plan.id) continue;
      const dir = join(loaded.folder.root, id);
      const earlier = known?.get(dir) ?? (await load(dir, cwd));
      if (!earlier) continue;
      const byYear = indexProgress(earlier.progress);
      const last = new Map<string, { status: Status; year: number }>();
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

/** One step back in an action's history: the action it continues, in an earlier edition. */
export interface HistoryStep {
  plan: string;
  action: string;
  /** The edition's title and period, when it is in the plans folder. */
  edition?: { title: string; start: number; end: number };
  /** Its last status reported, and the year; undefined when the edition's progress never reported it or is absent. */
  last?: { status: Status; year: number };
  /** Whether the edition has progress files at all (then an action without a status was never reported). */
  reported: boolean;
  /** The edition's progress is illustrative sample data. */
  illustrative: boolean;
}

/**
 * An action's history across editions, newest first, from its `continues` and those of the
 * actions it continues (be-2013:1.a, then be-2009:2.a ...). Empty when it continues nothing.
 */
export function actionHistory(
  action: Action,
  editions: ReadonlyMap<string, EarlierEdition>,
  text: TextPicker,
): HistoryStep[] {
  const steps: HistoryStep[] = [];
  const seen = new Set<string>();
  let ref = action.continues;
  while (ref && !seen.has(ref) && steps.length < MAX_STEPS) {
    seen.add(ref);
    const [planId, actionId] = splitContinues(ref);
    const e = editions.get(planId);
    const step: HistoryStep = {
      plan: planId,
      action: actionId,
      reported: !!e?.last.size,
      illustrative: e?.illustrative === true,
    };
    if (e)
      step.edition = {
        title: text.pick(e.plan.title, `title of ${planId}`),
        start: e.plan.period.start,
        end: e.plan.period.end,
      };
    const last = e?.last.get(actionId);
    if (last) step.last = last;
    steps.push(step);
    ref = e?.continues.get(actionId);
  }
  return steps;
}

/** "1.a of NAP 2013–2016, in progress in 2015": one step in words (its status empty when nothing is known). */
export function historyStepWords(s: HistoryStep, f: Formatter): { id: string; plan: string; status: string } {
  const plan = s.edition ? `${s.edition.title} (${s.edition.start}–${s.edition.end})` : s.plan;
  const mark = s.illustrative ? ` ${f.t('editions.illustrativeMark')}` : '';
  const status = s.last
    ? `${f.t('editions.statusIn', { status: f.t(`status.${s.last.status}`), year: s.last.year })}${mark}`
    : s.reported
      ? f.t('status.not-reported')
      : '';
  return { id: s.action, plan, status };
}

/** "Earlier editions: 1.a of NAP 2013–2016, in progress in 2015; 2.a of NAP 2009–2012, not reported." */
export function historyLine(history: readonly HistoryStep[], f: Formatter): string | undefined {
  const steps = history.map((s) => {
    const w = historyStepWords(s, f);
    return f.t(w.status ? 'editions.historyStep' : 'editions.historyStepBare', w);
  });
  return steps.length ? f.t('editions.history', { list: steps.join(f.t('editions.separator')) }) : undefined;
}
