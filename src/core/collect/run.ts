import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { fingerprintOf, matrixChanges } from '../datacall/fingerprint.js';
import { CHOSEN_STATUSES, type DeclaredAssessor, listItem } from '../datacall/layout.js';
import { actorRows, indicatorKey, planRows } from '../datacall/rows.js';
import { EnvironmentError } from '../errors.js';
import { discoverPlans, type PlanFolder } from '../load/discover.js';
import type { PlanInput } from '../load/inputs.js';
import { readPlanFolder } from '../load/plan-folder.js';
import { decode } from '../load/read.js';
import { readYaml } from '../load/read-yaml.js';
import { DEFAULT_SCALE_ID, type ScaleSpec, scalesOf } from '../model/assessment.js';
import { lookupMessage, type Messages } from '../model/messages.js';
import type { ActionReport, Assessment, Plan, Progress } from '../model/types.generated.js';
import { eachAction, idOf } from '../model/walk.js';
import { realPaths } from '../output/atomic.js';
import { type StageOptions, withDocumentStage } from '../output/documents.js';
import { type Finding, findingAt } from '../rules/finding.js';
import type { RuleCode } from '../rules/index.js';
import { displayPath } from '../text/display-path.js';
import { checkPlanInput } from '../validate/check-plan.js';
import { loadPlan } from '../validate/load-plan.js';
import { atCell } from './cell-reader.js';
import { normalise } from './cells.js';
import { type Change, fieldChanges } from './changes.js';
import { inspectWorkbook } from './inspect.js';
import { RETURN_LIMITS } from './limits.js';
import { readAssessmentCells } from './read-assessment.js';
import { readReturnCells } from './read-return.js';
import type { Located } from './read-workbook.js';
import { type Assessed, locateInYaml, readYamlReturn } from './yaml-return.js';

export interface CollectOptions
  extends Pick<StageOptions, 'env' | 'platform' | 'signal' | 'holdSignals' | 'onWritten'> {
  files: string[];
  cwd: string;
  now: Date;
  /** Replace an existing progress file that differs (its changes are listed first). */
  replace: boolean;
  /** Read and check everything, write nothing. */
  dryRun: boolean;
  /** Refuse returns for another plan, year or actor than these (NAP106). */
  expect: { plan?: string; year?: number; actor?: string };
  /** Status wording of every language nap speaks, to read statuses typed instead of chosen. */
  wordings: readonly Messages[];
}

/** What became of one return. */
export interface ReturnOutcome {
  file: string;
  /** The progress file it goes to, as shown. */
  target?: string;
  state: 'written' | 'unchanged' | 'dry-run' | 'refused' | 'not-written' | 'empty';
  actions: number;
  /** Field by field, against the progress file already there. */
  changes: Change[];
  /** The progress file's text (for --dry-run). */
  yaml?: string;
}

export interface CollectResult {
  findings: Finding[];
  outcomes: ReturnOutcome[];
}

interface Identified {
  /** An actor's progress return, or an assessor's return. */
  kind: 'progress' | 'assessment';
  plan: string;
  year: number;
  /** The actor, or the assessor. */
  actor: string;
  fingerprint?: string;
  actionPrints?: ReadonlyMap<string, string>;
  submitted?: string;
  actions: Record<string, ActionReport>;
  /** An assessor's return: what it assessed, and who the assessor is when the plan does not declare it. */
  assessed?: Assessed;
  /** Where a field of the collected file (its path) was read in the return: a line, or a cell. */
  locate: (path: readonly string[]) => { line: number; column: number; cell?: string } | undefined;
}

/** `nap collect` as a function: each return read, checked and written on its own, one at a time. */
export async function runCollect(o: CollectOptions): Promise<CollectResult> {
  const statuses = statusWords(o.wordings);
  const plans = new Map<string, { folder: PlanFolder; plan: Plan } | undefined>();
  const planInputs = new Map<string, PlanInput>();
  const inputs = await realPaths(o.files.map((f) => resolve(o.cwd, f)));
  const result: CollectResult = { findings: [], outcomes: [] };
  return withDocumentStage({ ...o, inputs }, async (stage) => {
    for (const given of o.files) {
      const file = displayPath(resolve(o.cwd, given), o.cwd);
      const findings: Finding[] = [];
      const outcome: ReturnOutcome = { file, state: 'refused', actions: 0, changes: [] };
      result.outcomes.push(outcome);
      const at = (code: RuleCode, message: string, fix: string) =>
        findings.push(findingAt(code, file, { line: 1, column: 1 }, message, fix));
      try {
        const got = await identify(resolve(o.cwd, given), file, findings, statuses, plans, o);
        if (!got) continue;
        const { id, place } = got;
        const folder = id.kind === 'assessment' ? 'assessments' : 'progress';
        const target = join(place.folder.dir, folder, String(id.year), `${id.actor}.yaml`);
        outcome.target = displayPath(target, o.cwd);
        outcome.actions = Object.keys(id.assessed?.actions ?? id.actions).length;
        if (findings.some((f) => f.severity === 'error')) {
          outcome.state = 'not-written';
          continue;
        }
        const today = o.now.toISOString().slice(0, 10);
        if (id.submitted !== undefined && (id.submitted > today || id.submitted < `${id.year + 1}-01-01`)) {
          findings.push(
            located(
              'NAP131',
              file,
              id.locate(['submitted']),
              id.submitted > today
                ? `the date of submission ${id.submitted} is after today (${today})`
                : `the date of submission ${id.submitted} is before the end of ${id.year}, the year reported on`,
              'check the year of the date, or leave it empty for the day the return is collected',
            ),
          );
        }
        if (!outcome.actions) {
          // A blank return written as a file would count the actor (or assessor) as having submitted.
          const who = id.kind === 'assessment' ? 'assessor' : 'actor';
          at('NAP130', 'nothing is filled in: this is the blank return', `collect the return the ${who} filled in`);
          outcome.state = 'empty';
          continue;
        }
        const existing = await readExisting(target);
        const submitted = id.submitted ?? o.now.toISOString().slice(0, 10);
        // What a return cannot carry (illustrative, notes) stays as the file had it.
        const own = ownFields(id.kind, existing?.data);
        const progress: Progress | Assessment = id.assessed
          ? assessmentOf(id, id.assessed, submitted, own)
          : { nap: 1, plan: id.plan, year: id.year, reporter: id.actor, submitted, ...own, actions: id.actions };
        const ignore = new Set(id.submitted === undefined ? ['submitted'] : []);
        const yamlText = collectedYaml(progress, place.plan, basename(file), existing?.header);
        outcome.yaml = yamlText;
        // The same checks as nap validate, on the plan with this file in place: nothing invalid is written.
        const inPlace = await checkInPlace(place.folder, o.cwd, outcome.target, yamlText, id, planInputs);
        for (const f of inPlace.findings) {
          const path = (f.pointer ?? '')
            .split('/')
            .slice(1)
            .map((x) => x.replace(/~1/g, '/').replace(/~0/g, '~'));
          findings.push(
            located(
              'NAP121',
              file,
              id.locate(path),
              `${outcome.target} would not be valid: ${f.code} ${f.message}${f.pointer ? ` (at ${f.pointer})` : ''}`,
              f.fix ?? 'correct the return',
            ),
          );
        }
        if (existing !== undefined) {
          // A return without a date of its own is the same return collected on another day.
          const [before, after] = [carried(id.kind, existing.data), carried(id.kind, progress)];
          if (!fieldChanges(before, after, ignore).length) {
            outcome.state = 'unchanged';
            continue;
          }
          outcome.changes = fieldChanges(before, after);
          if (!o.replace)
            at(
              'NAP120',
              `${outcome.target} already exists and this return changes ${outcome.changes.length} of its fields`,
              'check the changes listed, then run again with --replace to replace the file',
            );
        }
        if (findings.some((f) => f.severity === 'error')) {
          outcome.state = 'not-written';
          continue;
        }
        if (o.dryRun) {
          outcome.state = 'dry-run';
          continue;
        }
        await stage.write([{ target, content: yamlText }]);
        inPlace.keep();
        outcome.state = 'written';
      } finally {
        result.findings.push(...findings);
      }
    }
    return result;
  });
}

/** A finding at the line, or the cell, of the return a field came from; at its start when unknown. */
function located(
  code: RuleCode,
  file: string,
  where: ReturnType<Identified['locate']>,
  message: string,
  fix: string,
): Finding {
  const f = findingAt(code, file, where ?? { line: 1, column: 1 }, message, fix);
  return where?.cell ? atCell(f, where.cell) : f;
}

/** Where a field was read in a workbook: the cell of the deepest part of its path that has one. */
function cellsLocator(cells: ReadonlyMap<string, Located>): Identified['locate'] {
  return (p) => {
    for (let n = p.length; n > 0; n--) {
      const c = cells.get(p.slice(0, n).join('/'));
      if (c) return { line: c.row, column: c.column, cell: c.cell };
    }
    return undefined;
  };
}

/** Reads a return of either kind and says what it is for; undefined when it cannot be read at all. */
async function identify(
  path: string,
  file: string,
  findings: Finding[],
  statuses: ReadonlyMap<string, ActionReport['status']>,
  plans: Map<string, { folder: PlanFolder; plan: Plan } | undefined>,
  o: CollectOptions,
): Promise<{ id: Identified; place: { folder: PlanFolder; plan: Plan } } | undefined> {
  const at = (code: RuleCode, message: string, fix: string) =>
    findings.push(findingAt(code, file, { line: 1, column: 1 }, message, fix));
  const st = await stat(path).catch(() => undefined);
  if (!st) throw new EnvironmentError(`${file}: no such file`, 'check the path of the return', 'E_NOT_FOUND');
  if (!st.isFile()) {
    at('NAP100', 'this is not a file but a folder or a device', 'name the returns themselves, e.g. returns/*.xlsx');
    return undefined;
  }
  if (st.size > RETURN_LIMITS.fileBytes) {
    at(
      'NAP103',
      `the file is ${(st.size / 1048576).toFixed(1)} MiB, over the limit of ${RETURN_LIMITS.fileBytes / 1048576} MiB`,
      'check that this is the right file',
    );
    return undefined;
  }
  const buf = await readFile(path);
  let id: Identified;
  if (/^\.ya?ml$/i.test(extname(path))) {
    const read = decode(buf, file);
    if (!read.ok) {
      findings.push(read.finding);
      return undefined;
    }
    const y = readYamlReturn(read.text, file);
    findings.push(...y.findings);
    if (y.plan === undefined || y.year === undefined || y.actor === undefined) return undefined;
    const text = read.text;
    id = {
      kind: y.assessed ? 'assessment' : 'progress',
      plan: y.plan,
      year: y.year,
      actor: y.actor,
      actions: y.actions,
      locate: (p) => locateInYaml(text, p),
    };
    if (y.assessed) id.assessed = y.assessed;
    if (y.fingerprint) id.fingerprint = y.fingerprint;
    if (y.submitted) id.submitted = y.submitted;
  } else {
    const unsafe = inspectWorkbook(buf, file);
    if (unsafe.length) {
      findings.push(...unsafe);
      return undefined;
    }
    // The workbook reader (exceljs) is loaded for a workbook only: YAML returns do without it.
    const reader = await import('./read-workbook.js');
    let wb: Awaited<ReturnType<typeof reader.readWorkbookReturn>>;
    try {
      wb = await reader.readWorkbookReturn(buf);
    } catch (err) {
      if (err instanceof reader.LayoutProblem) {
        const f = findingAt('NAP105', file, { line: 1, column: 1 }, err.message, err.fix);
        if (err.cell) f.cell = err.cell;
        findings.push(f);
      } else
        at(
          'NAP100',
          `the workbook cannot be read: ${(err as Error).message}`,
          'open it in your spreadsheet program and save it again as .xlsx',
        );
      return undefined;
    }
    const place = await planOf(wb.meta.plan, plans, o.cwd);
    if (wb.kind === 'assessment') {
      const declared = wb.meta.assessor;
      const who = { plan: wb.meta.plan, year: wb.meta.year, actor: wb.meta.actor, kind: wb.kind, declared };
      if (!checkIdentity(who, place?.plan, at, o)) return undefined;
      const plan = place!.plan;
      const scale = scalesOf(plan).get(wb.meta.scale!);
      if (!scale) {
        at(
          'NAP106',
          `this return rates on the scale '${wb.meta.scale}', which plan ${plan.id} does not declare any more`,
          'make a new return with nap request --assessor',
        );
        return undefined;
      }
      const rows = new Map(planRows(plan).map((r) => [r.id, r]));
      const levels = levelWords(scale, o.wordings);
      const read = readAssessmentCells(wb, { file, actions: rows, levels, choices: scale.levels.map((l) => l.id) });
      findings.push(...read.findings);
      id = {
        kind: 'assessment',
        plan: wb.meta.plan,
        year: wb.meta.year,
        actor: wb.meta.actor,
        fingerprint: wb.meta.fingerprint,
        actionPrints: wb.meta.actions,
        actions: {},
        assessed: {
          actions: read.actions,
          scale: scale.id,
          ...(read.method !== undefined ? { method: read.method } : {}),
          ...(declared ? { declared } : {}),
        },
        locate: cellsLocator(read.cells),
      };
      if (read.submitted) id.submitted = read.submitted;
      outdated(id, plan, at);
      return { id, place: place! };
    }
    if (!checkIdentity({ ...wb.meta, kind: 'progress' }, place?.plan, at, o)) return undefined;
    // Every action has an actor (the schema says at least one): an actor may report on any of them.
    const rows = new Map(planRows(place!.plan).map((r) => [r.id, r]));
    const own = new Set([...rows.values()].filter((r) => r.actors.includes(wb.meta.actor)).map((r) => r.id));
    const read = readReturnCells(wb, { file, actions: rows, own, statuses });
    findings.push(...read.findings);
    id = {
      kind: 'progress',
      plan: wb.meta.plan,
      year: wb.meta.year,
      actor: wb.meta.actor,
      fingerprint: wb.meta.fingerprint,
      actionPrints: wb.meta.actions,
      actions: read.actions,
      locate: cellsLocator(read.cells),
    };
    if (read.submitted) id.submitted = read.submitted;
    outdated(id, place!.plan, at);
    return { id, place: place! };
  }
  const place = await planOf(id.plan, plans, o.cwd);
  if (!checkIdentity({ ...id, declared: id.assessed?.declared }, place?.plan, at, o)) return undefined;
  outdated(id, place!.plan, at);
  return { id, place: place! };
}

/** The return's plan, year and actor against the plans here and what the command line expects. */
function checkIdentity(
  id: { plan: string; year: number; actor: string; kind: Identified['kind']; declared?: DeclaredAssessor | undefined },
  plan: Plan | undefined,
  at: (code: RuleCode, message: string, fix: string) => void,
  o: CollectOptions,
): boolean {
  const fix = 'collect the return meant for this data call, or make a new one with nap request';
  const e = o.expect;
  // Every mismatch is told at once: a return for another year and another actor says both.
  let ok = true;
  const wrong = (message: string, why = fix) => {
    at('NAP106', message, why);
    ok = false;
  };
  if (e.plan !== undefined && id.plan !== e.plan) wrong(`this return is for plan ${id.plan}, not ${e.plan}`);
  if (e.year !== undefined && id.year !== e.year) wrong(`this return is for ${id.year}, not ${e.year}`);
  if (e.actor !== undefined && id.actor !== e.actor) wrong(`this return is from ${id.actor}, not ${e.actor}`);
  if (!ok) return false;
  if (!plan) {
    wrong(
      `this return is for plan ${id.plan}, which is not under ./plans`,
      'run nap collect in the folder that holds plans/, or check the file',
    );
    return false;
  }
  if (id.year < plan.period.start || id.year > plan.period.end)
    wrong(
      `this return is for ${id.year}, outside the period of plan ${plan.id} (${plan.period.start}-${plan.period.end})`,
    );
  if (id.kind === 'progress' && !plan.actors.some((a) => a.id === id.actor))
    wrong(`this return is from '${id.actor}', which plan ${plan.id} does not declare`);
  if (id.kind === 'assessment' && !id.declared && !plan.actors.some((a) => a.id === id.actor))
    wrong(
      `this return is from the assessor '${id.actor}', which plan ${plan.id} does not declare and the return does not name`,
      'make a new return with nap request --assessor and --assessor-name',
    );
  return ok;
}

/** A return made from an older edition of the actor's part of the matrix: a warning that says what changed. */
function outdated(id: Identified, plan: Plan, at: (code: RuleCode, message: string, fix: string) => void): void {
  if (id.fingerprint === undefined) return;
  const now = fingerprintOf(plan, id.actor, id.kind === 'assessment' ? planRows(plan) : actorRows(plan, id.actor));
  if (now.fingerprint === id.fingerprint) return;
  const what = id.actionPrints ? matrixChanges(id.actionPrints, now.actions) : [];
  at(
    'NAP107',
    `the plan changed since this return was made${what.length ? `: ${what.join('; ')}` : ''}`,
    'check the rows named; send the actor a new return (nap request) if rows are missing',
  );
}

async function planOf(
  id: string,
  cache: Map<string, { folder: PlanFolder; plan: Plan } | undefined>,
  cwd: string,
): Promise<{ folder: PlanFolder; plan: Plan } | undefined> {
  if (cache.has(id)) return cache.get(id);
  let found: { folder: PlanFolder; plan: Plan } | undefined;
  if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
    const folders = await discoverPlans([join(cwd, 'plans', id)], cwd).catch(() => []);
    // An invalid plan stops the run with its findings, as in nap report; progress files are
    // checked by year with each collected file (checkInPlace).
    if (folders.length === 1)
      found = { folder: folders[0]!, plan: (await loadPlan(folders[0]!, cwd, { progress: false })).plan };
  }
  cache.set(id, found);
  return found;
}

/**
 * The errors nap validate would find in the collected file, with the plan and the other progress
 * files of its year around it. The plan folder is read once per run; files written since are
 * put in place in that copy, so that a later return of the run is checked against them.
 */
async function checkInPlace(
  folder: PlanFolder,
  cwd: string,
  shown: string,
  text: string,
  id: Pick<Identified, 'kind' | 'year'>,
  cache: Map<string, PlanInput>,
): Promise<{ findings: Finding[]; keep: () => void }> {
  let input = cache.get(folder.dir);
  if (!input) {
    input = await readPlanFolder(folder, cwd);
    cache.set(folder.dir, input);
  }
  const { year } = id;
  const mine = { file: shown, read: decode(new TextEncoder().encode(text), shown), yearFromName: year };
  const key = id.kind === 'assessment' ? 'assessments' : 'progress';
  const others = (input[key] ?? []).filter((p) => p.file !== shown);
  const sameYear = others.filter((p) => p.yearFromName === undefined || p.yearFromName === year);
  // Assessments are checked against the year's progress too (the government's account); progress alone.
  const progress = key === 'progress' ? [...sameYear, mine] : input.progress;
  const assessments = key === 'assessments' ? [...sameYear, mine] : [];
  const checked = checkPlanInput({ ...input, narratives: [], progress, assessments });
  const all = input;
  return {
    findings: checked.findings.filter((f) => f.file === shown && f.severity === 'error'),
    keep: () => {
      all[key] = [...others, mine];
    },
  };
}

/** An assessor's collected answers as an assessment file: the assessor named, or declared when the plan does not. */
function assessmentOf(
  id: Identified,
  assessed: NonNullable<Identified['assessed']>,
  submitted: string,
  own: Partial<Assessment>,
): Assessment {
  const d = assessed.declared;
  return {
    nap: 1,
    plan: id.plan,
    year: id.year,
    assessor: d ? { id: id.actor, name: d.name, ...(d.short ? { short: d.short } : {}), type: d.type } : id.actor,
    submitted,
    ...own,
    ...(assessed.scale !== DEFAULT_SCALE_ID ? { scale: assessed.scale } : {}),
    ...(assessed.method !== undefined ? { method: assessed.method } : {}),
    actions: assessed.actions,
  };
}

/** The collected file's text: actions in the plan's order (not the object's, which puts "15" before "1.a"), dates quoted. */
function collectedYaml(
  progress: Progress | Assessment,
  plan: Plan,
  from: string,
  header: readonly string[] = [],
): string {
  const order = new Map<string, number>();
  const keys = new Map<string, string[]>();
  for (const { action } of eachAction(plan)) {
    order.set(idOf(action.id), order.size);
    keys.set(
      idOf(action.id),
      (action.indicators ?? []).map((ind, i) => indicatorKey(ind, i)),
    );
  }
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  const inOrder = <R extends { indicators?: Record<string, unknown> }>(id: string, r: R) => {
    if (!r.indicators) return r;
    const ks = keys.get(id) ?? [];
    const at = (k: string) => (ks.includes(k) ? ks.indexOf(k) : Number.MAX_SAFE_INTEGER);
    return { ...r, indicators: new Map(Object.entries(r.indicators).sort(([a], [b]) => at(a) - at(b))) };
  };
  const actions = new Map(
    Object.entries(progress.actions)
      .sort(([a], [b]) => rank(a) - rank(b))
      .map(([id, r]) => [id, r ? inOrder(id, r) : r]),
  );
  const text = stringify({ ...progress, actions }).replace(/^submitted: (\d{4}-\d{2}-\d{2})$/m, 'submitted: "$1"');
  return [...header, `# Collected by nap collect from ${from}.`, text].join('\n');
}

/** The top-level fields a return carries, by kind; the others are the file's own. */
const CARRIED: Record<Identified['kind'], ReadonlySet<string>> = {
  progress: new Set(['nap', 'plan', 'year', 'reporter', 'submitted', 'actions']),
  assessment: new Set(['nap', 'plan', 'year', 'assessor', 'submitted', 'scale', 'method', 'actions']),
};

/** What a return can say, to compare: its fields alone, texts without the trailing newline of a YAML block. */
function carried(kind: Identified['kind'], data: object): unknown {
  const tidy = (v: unknown): unknown =>
    typeof v === 'string'
      ? v.trimEnd()
      : Array.isArray(v)
        ? v.map(tidy)
        : v !== null && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, tidy(x)]))
          : v;
  return tidy(Object.fromEntries(Object.entries(data).filter(([k]) => CARRIED[kind].has(k))));
}

/** The existing file's own fields (illustrative, notes), kept when a return replaces it. */
function ownFields(
  kind: Identified['kind'],
  data: Record<string, unknown> | undefined,
): Partial<Progress & Assessment> {
  return Object.fromEntries(Object.entries(data ?? {}).filter(([k]) => !CARRIED[kind].has(k)));
}

async function readExisting(target: string): Promise<{ data: Record<string, unknown>; header: string[] } | undefined> {
  const text = await readFile(target, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  // Its opening comment (a sample's label, a schema line) is kept; nap's own line is written anew.
  const header: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.startsWith('#')) break;
    if (!line.startsWith('# Collected by nap collect from ')) header.push(line);
  }
  // The fast reader of nap validate; a file it cannot read compares as empty, so it is never taken as unchanged.
  const data = readYaml(text, target).data;
  const fields =
    data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  return { data: fields, header };
}

/** A scale's level ids and labels in every language, normalised (as a drop-down shows them too): what an assessor may type or choose. */
function levelWords(scale: ScaleSpec, wordings: readonly Messages[]): Map<string, string> {
  const words = new Map<string, string>();
  const add = (s: string, id: string) => {
    words.set(normalise(s), id);
    words.set(normalise(listItem(s)), id);
  };
  for (const level of scale.levels) {
    add(level.id, level.id);
    if (level.label)
      for (const s of typeof level.label === 'string' ? [level.label] : Object.values(level.label)) add(s!, level.id);
    else
      for (const m of wordings) {
        const w = lookupMessage(m, `assessment.level.${level.id}`);
        if (typeof w === 'string') add(w, level.id);
      }
  }
  return words;
}

/** Status ids and their wording in every language, normalised: what a clerk may type instead of choosing. */
function statusWords(wordings: readonly Messages[]): Map<string, ActionReport['status']> {
  const words = new Map<string, ActionReport['status']>();
  for (const s of CHOSEN_STATUSES) {
    words.set(normalise(s), s);
    for (const m of wordings) {
      const w = lookupMessage(m, `status.${s}`);
      if (typeof w === 'string') words.set(normalise(w), s);
    }
  }
  return words;
}
