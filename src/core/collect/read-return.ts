import { SEXES } from '../datacall/layout.js';
import type { ActionRow } from '../datacall/rows.js';
import type { ActionReport, Progress, SexValues, Value } from '../model/types.generated.js';
import type { Finding } from '../rules/finding.js';
import { cellReader } from './cell-reader.js';
import { type CellValue, type Read, readChoice, readDate, readNumber, readText, readYesNo } from './cells.js';
import type { Located, WorkbookReturn } from './read-workbook.js';

export interface ReturnContext {
  file: string;
  /** Every action of the plan by id, with its indicators as rows (responsible actor or not). */
  actions: ReadonlyMap<string, ActionRow>;
  /** The actor's own actions. */
  own: ReadonlySet<string>;
  /** Status words in every language nap speaks, normalised, to the status. */
  statuses: ReadonlyMap<string, ActionReport['status']>;
}

export interface ReadReturn {
  /** The actions reported, only with what was filled in. */
  actions: Record<string, ActionReport>;
  submitted?: string;
  findings: Finding[];
  /** The cell each field was read from, by its path in the progress file (actions/1.a/status). */
  cells: Map<string, Located>;
}

/**
 * Reads every cell of a return against the plan: rows matched by their ids, every value checked
 * against its column and the indicator's unit. Nothing is guessed silently: what nap reads with a
 * doubt is a warning, what it cannot read is an error.
 */
export function readReturnCells(wb: WorkbookReturn, ctx: ReturnContext): ReadReturn {
  const findings: Finding[] = [];
  const { report, check, text, actionRow, planAction, indicatorOf, firstRow, lines } = cellReader(ctx.file, findings);
  const actions: Record<string, ActionReport> = {};
  const cells = new Map<string, Located>();
  const draft = new Map<string, Partial<ActionReport> & { row: Located }>();

  const seenActions = new Set<string>();
  for (const row of wb.actions.rows) {
    const id = actionRow(row, ctx.actions, seenActions);
    if (id === undefined) continue;
    const c = row.cells;
    if (!ctx.own.has(id))
      report(
        'NAP109',
        c.id!,
        `action ${id} is not among this actor's actions`,
        'check the id; leave it if the actor reports for another on purpose',
      );
    const entry: Partial<ActionReport> & { row: Located } = { row: c.id! };
    // An action as a whole is placed at its status, the cell that makes it reported.
    for (const [field, key] of [['', 'status'], ...['status', 'summary', 'spent', 'sources'].map((k) => [`/${k}`, k])])
      cells.set(`actions/${id}${field}`, c[key!]!);
    const status = readStatus(c.status!, ctx.statuses);
    const st = check(c.status!, status);
    if (st) entry.status = st;
    const summary = text(c.summary!);
    if (summary !== undefined) entry.summary = summary;
    const amount = check(c.spent!, readNumber(c.spent!, 'amount'));
    const currency = readText(c.currency!)?.toUpperCase();
    if (amount !== undefined) {
      if (currency === undefined || !/^[A-Z]{3}$/.test(currency))
        report(
          'NAP119',
          c.currency!,
          currency === undefined ? `spending of ${amount} without a currency` : `'${currency}' is not a currency code`,
          'type a three-letter currency code such as EUR',
        );
      else entry.spent = { amount, currency };
    }
    const sources = lines(c.sources!);
    if (sources) entry.sources = sources;
    draft.set(id, entry);
  }

  const seenIndicators = new Set<string>();
  for (const row of wb.indicators.rows) {
    const { id, place } = planAction(row, 'action', ctx.actions) ?? {};
    if (id === undefined || !place) continue;
    const c = row.cells;
    const ind = indicatorOf(row, id, place);
    if (!ind) continue;
    const message = `indicator ${ind.key} of action ${id} has a second row`;
    if (!firstRow(seenIndicators, `${id} ${ind.key}`, c.action!, message, 'keep one row and delete the other'))
      continue;
    if (!ctx.own.has(id) && !seenActions.has(id))
      report(
        'NAP109',
        c.action!,
        `action ${id} is not among this actor's actions`,
        'check the id; leave it if the actor reports for another on purpose',
      );
    let value: Value | undefined;
    const sexCells = SEXES.map((s) => c[s]!);
    cells.set(`actions/${id}/indicators/${ind.key}`, ind.bySex ? c.women! : c.value!);
    if (ind.bySex) {
      if (isFilled(c.value!))
        report(
          'NAP111',
          c.value!,
          `indicator ${ind.key} of action ${id} is reported per sex`,
          'type the values in the columns per sex instead',
        );
      const per: Partial<SexValues> = {};
      const before = findings.length;
      for (const [i, sex] of SEXES.entries()) {
        const v = check(sexCells[i]!, readNumber(sexCells[i]!, numberUnit(ind.unit)));
        if (v !== undefined) per[sex] = v;
      }
      const unread = findings.slice(before).some((f) => f.severity === 'error');
      if (Object.keys(per).length && !unread) {
        if (per.women === undefined || per.men === undefined)
          report(
            'NAP111',
            per.women === undefined ? c.women! : c.men!,
            `the values per sex need both women and men`,
            'type the value for women and for men (0 when there are none)',
          );
        else value = per as SexValues;
      }
    } else {
      for (const sc of sexCells)
        if (isFilled(sc))
          report(
            'NAP111',
            sc,
            `indicator ${ind.key} of action ${id} is not reported per sex`,
            `type one value in the column of the value`,
          );
      const cell = c.value!;
      if (ind.unit === 'yes-no') value = check(cell, readYesNo(cell));
      else if (ind.unit === 'text') value = text(cell);
      else value = check(cell, readNumber(cell, ind.unit));
    }
    if (value === undefined) continue;
    const entry = draft.get(id) ?? { row: c.action! };
    entry.indicators = { ...(entry.indicators ?? {}), [ind.key]: value };
    draft.set(id, entry);
  }

  for (const [id, { row, ...entry }] of draft) {
    const filled = Object.keys(entry).length > 0;
    if (!filled) continue;
    if (!entry.status) {
      report('NAP116', row, `action ${id} has answers but no status`, 'choose the status of the action from the list');
      continue;
    }
    const out: ActionReport = { status: entry.status };
    if (entry.summary !== undefined) out.summary = entry.summary;
    if (entry.indicators) out.indicators = entry.indicators;
    if (entry.spent) out.spent = entry.spent;
    if (entry.sources) out.sources = entry.sources;
    actions[id] = out;
  }
  cells.set('submitted', wb.submitted);
  const result: ReadReturn = { actions, findings, cells };
  const submitted = check(wb.submitted, readDate(wb.submitted));
  if (submitted !== undefined) result.submitted = submitted;
  return result;
}

function isFilled(c: CellValue): boolean {
  return c.value !== undefined && !(typeof c.value === 'string' && c.value.trim() === '');
}

function numberUnit(unit: string): 'count' | 'percent' | 'amount' {
  return unit === 'percent' ? 'percent' : unit === 'amount' ? 'amount' : 'count';
}

function readStatus(
  cell: CellValue,
  statuses: ReadonlyMap<string, ActionReport['status']>,
): Read<ActionReport['status']> {
  return readChoice(cell, statuses, { what: 'status', leave: 'cell' }, (s) => ({
    code: 'NAP116',
    message: `'${s}' is not one of the five statuses`,
    fix: 'choose not started, in progress, delayed, completed or discontinued from the list',
  }));
}

export type { Progress };
