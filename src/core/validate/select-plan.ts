import { UsageError } from '../errors.js';
import { discoverPlans, type PlanFolder } from '../load/discover.js';
import { type LoadedPlan, loadPlan } from './load-plan.js';
import { ValidationFailedError } from './validation-failed.js';

/**
 * The plan a command for one year is for (a report, a data call): the one named, or the one under
 * ./plans whose period contains the year. Several candidates are refused with the list, none with
 * the periods there are.
 */
export async function selectPlanForYear(
  named: string | undefined,
  year: number,
  cwd: string,
  command = 'report',
): Promise<LoadedPlan> {
  if (named !== undefined) {
    const folders = await discoverPlans([named], cwd);
    if (folders.length !== 1)
      throw new UsageError(
        `${named} holds ${folders.length} plans: ${ids(folders)}`,
        'name one plan by id, folder or plan.yaml',
      );
    const loaded = await loadPlan(folders[0]!, cwd);
    checkYear(loaded, year);
    return loaded;
  }
  const all: LoadedPlan[] = [];
  const broken: unknown[] = [];
  for (const folder of await discoverPlans([], cwd)) {
    try {
      all.push(await loadPlan(folder, cwd));
    } catch (err) {
      if (!(err instanceof ValidationFailedError)) throw err;
      broken.push(err);
    }
  }
  const matching = all.filter((p) => p.plan.period.start <= year && year <= p.plan.period.end);
  if (matching.length === 1) return matching[0]!;
  // An invalid plan might be the one meant: show why it is invalid rather than guess.
  if (!matching.length && broken.length) throw broken[0];
  const periods = all.map((p) => `${p.plan.id} (${p.plan.period.start}-${p.plan.period.end})`).join(', ');
  if (!matching.length)
    throw new UsageError(
      `no plan under ./plans covers ${year}; the plans there are: ${periods}`,
      'choose a year within a plan period, or name the plan',
    );
  throw new UsageError(
    `several plans cover ${year}: ${matching.map((p) => p.plan.id).join(', ')}`,
    `name the plan: nap ${command} ${matching[0]!.plan.id} --year ${year}`,
  );
}

function checkYear(loaded: LoadedPlan, year: number) {
  const { start, end } = loaded.plan.period;
  if (year < start || year > end) {
    throw new UsageError(
      `${year} is outside the period of plan ${loaded.plan.id}, ${start}-${end}`,
      `choose a year from ${start} to ${end}`,
    );
  }
}

function ids(folders: readonly PlanFolder[]): string {
  return folders.map((f) => f.folderName).join(', ');
}
