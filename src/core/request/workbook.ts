import type ExcelJS from 'exceljs';
import {
  ACTION_COLUMNS,
  CHOSEN_STATUSES,
  INDICATOR_COLUMNS,
  listItem,
  RETURN_FORMAT,
  SUBMITTED_CELL,
} from '../datacall/layout.js';
import { type ActionRow, type IndicatorRow, plainValue } from '../datacall/rows.js';
import type { Formatter } from '../model/format.js';
import { indicatorEntry } from '../model/progress-index.js';
import { actorNamer, TextPicker } from '../model/text.js';
import type { Plan, Value } from '../model/types.generated.js';
import { illustrativeLabel } from './illustrative.js';
import type { PreviousYear } from './previous.js';
import {
  callLines,
  dataRow,
  dataSheet,
  finishSheet,
  fitHeight,
  type Instructions,
  instructionsSheet,
  listValidation,
  metaSheet,
  newWorkbook,
  numberValidation,
  promptOnly,
  styleCell,
  type T,
  text,
  unitLabel,
  workbookBytes,
} from './sheets.js';

export interface ReturnInput {
  plan: Plan;
  year: number;
  actor: string;
  rows: readonly ActionRow[];
  previous: PreviousYear;
  /** The year's progress so far: the actor's own answers fill its cells again (a return sent back for corrections). */
  current?: PreviousYear;
  fingerprint: string;
  actionPrints: ReadonlyMap<string, string>;
  due?: string;
  f: Formatter;
  now: Date;
  /** The answers shown (last year's, or the year's so far) are illustrative sample data. */
  illustrativeData?: boolean;
}

/** One actor's return as an .xlsx workbook (README, "The yearly data call"). */
export async function returnWorkbook(o: ReturnInput): Promise<Uint8Array> {
  const { f, plan, year } = o;
  const t = (key: string, params?: Record<string, unknown>) => f.t(key, params);
  const pick = new TextPicker(f.lang, plan.lang);
  const actorName = actorNamer(plan, pick);
  const wb = newWorkbook(o.now);
  const names = {
    instructions: t('datacall.sheet.instructions'),
    actions: t('datacall.sheet.actions'),
    indicators: t('datacall.sheet.indicators'),
  };
  const statusLabels = CHOSEN_STATUSES.map((s) => listItem(f.t(`status.${s}`)));
  const yesNo = [t('datacall.yes'), t('datacall.no')];

  instructionsSheet(wb, instructions(o, names.instructions, t, actorName(o.actor), statusLabels), t);
  const headings: [string, string, string][] = [];
  // Last year's answers, looked up once per action for both sheets.
  const before = new Map(o.rows.map((row) => [row.id, o.previous.of(row.id, o.actor, row.indicators)]));

  // The actions: reference columns locked and grey, the actor's cells open and yellow.
  const actionHeads = ACTION_COLUMNS.map((c) =>
    heading(t, c.key, c.key === 'lastStatus' || c.key === 'lastSummary' ? year - 1 : year),
  );
  const actions = dataSheet(wb, names.actions, ACTION_COLUMNS, actionHeads);
  for (const [i, c] of ACTION_COLUMNS.entries()) headings.push(['actions', c.key, actionHeads[i]!]);
  for (const row of o.rows) {
    const prev = before.get(row.id)!;
    const r = actions.addRow([]);
    const values: Record<string, string> = {
      id: row.id,
      where: row.where,
      text: row.text,
      actors: row.actors.map(actorName).join(', '),
      lastStatus: prev.status ? f.t(`status.${prev.status}`) : '',
      lastSummary: prev.summary !== undefined ? pick.pick(prev.summary, row.id) : '',
    };
    const col = dataRow(r, ACTION_COLUMNS, values);
    col('status').dataValidation = listValidation(
      statusLabels,
      t('datacall.prompt.status', { year }),
      t('datacall.invalid.status'),
      t,
    );
    col('summary').dataValidation = promptOnly(t('datacall.prompt.summary', { year }));
    col('spent').dataValidation = numberValidation(
      'decimal',
      0,
      undefined,
      t('datacall.prompt.spent', { year }),
      t,
      'amount',
    );
    col('spent').numFmt = '#,##0.00';
    const currency = col('currency');
    currency.dataValidation = {
      type: 'textLength',
      operator: 'equal',
      formulae: [3],
      allowBlank: true,
      showInputMessage: true,
      prompt: t('datacall.prompt.currency'),
      showErrorMessage: true,
      errorTitle: t('datacall.invalid.title'),
      error: t('datacall.prompt.currency'),
    };
    if (row.action.budget) text(currency, row.action.budget.currency);
    col('sources').dataValidation = promptOnly(t('datacall.prompt.sources'));
    const own = o.current?.own(row.id, o.actor);
    if (own) {
      text(col('status'), statusLabels[CHOSEN_STATUSES.indexOf(own.status)]!);
      if (own.summary !== undefined) text(col('summary'), pick.pick(own.summary, row.id));
      if (own.spent) {
        col('spent').value = own.spent.amount;
        text(currency, own.spent.currency);
      }
      if (own.sources?.length) text(col('sources'), own.sources.map((x) => pick.pick(x, row.id)).join('\n'));
    }
    fitHeight(
      r,
      ACTION_COLUMNS.map((c) => c.width),
    );
  }
  finishSheet(actions, ACTION_COLUMNS.length);

  // The indicators: one row each, the input cells that match its unit open.
  const indicatorHeads = INDICATOR_COLUMNS.map((c) =>
    heading(t, c.key === 'text' ? 'indText' : c.key, c.key === 'last' ? year - 1 : year),
  );
  const indicators = dataSheet(wb, names.indicators, INDICATOR_COLUMNS, indicatorHeads);
  for (const [i, c] of INDICATOR_COLUMNS.entries()) headings.push(['indicators', c.key, indicatorHeads[i]!]);
  for (const row of o.rows) {
    const prev = before.get(row.id)!;
    const own = o.current?.own(row.id, o.actor)?.indicators ?? {};
    for (const [n, ind] of row.indicators.entries()) {
      const given = indicatorEntry(own, ind.key, n);
      const r = indicators.addRow([]);
      const values: Record<string, string> = {
        action: ind.action,
        indicator: ind.key,
        text: ind.text,
        unit: unitLabel(ind, t),
        last: plainValue(prev.values.get(ind.key), yesNo[0]!, yesNo[1]!, (k) => f.t(`common.${k}`)),
      };
      for (const [i, c] of INDICATOR_COLUMNS.entries()) {
        const cell = r.getCell(i + 1);
        const open =
          c.input && (c.key === 'value' ? !ind.bySex : ind.bySex && ind.unit !== 'text' && ind.unit !== 'yes-no');
        styleCell(cell, open);
        if (!c.input) text(cell, values[c.key] ?? '');
        if (open) cell.dataValidation = valueValidation(ind, t, yesNo);
        if (open && given !== undefined) prefill(cell, c.key, given, yesNo);
      }
      fitHeight(
        r,
        INDICATOR_COLUMNS.map((c) => c.width),
      );
    }
  }
  finishSheet(indicators, INDICATOR_COLUMNS.length);

  metaSheet(wb, {
    format: RETURN_FORMAT,
    plan: plan.id,
    year,
    actor: o.actor,
    lang: f.lang,
    fingerprint: o.fingerprint,
    ...(o.due ? { due: o.due } : {}),
    sheets: names,
    headings,
    actionPrints: o.actionPrints,
  });
  return workbookBytes(wb);
}

/** The instructions of an actor's return: plan, year, actor, due date, the date of submission, the statuses and units. */
function instructions(
  o: ReturnInput,
  name: string,
  t: T,
  actor: string,
  statusLabels: readonly string[],
): Instructions {
  const { plan, year, f } = o;
  const pick = new TextPicker(f.lang, plan.lang);
  return {
    name,
    title: t('datacall.title', { year }),
    lines: callLines(o, t, pick, { label: t('datacall.actor'), value: `${actor} (${o.actor})` }),
    ...(illustrativeLabel(o) ? { illustrative: illustrativeLabel(o)! } : {}),
    intro: t('datacall.intro', { year }),
    inputs: [
      { cell: SUBMITTED_CELL, label: t('datacall.submitted'), prompt: t('datacall.prompt.submitted'), date: true },
    ],
    how: ['1', '2', '3', '4', '5'].map((k) => t(`datacall.how.${k}`, { year })),
    legends: [
      {
        title: t('datacall.statusTitle'),
        rows: CHOSEN_STATUSES.map((s, i) => [statusLabels[i]!, t(`datacall.meaning.${s}`)] as [string, string]),
      },
      {
        title: t('datacall.unitTitle'),
        rows: ['count', 'percent', 'amount', 'yes-no', 'text'].map(
          (u) => [t(`datacall.unit.${u}`), t(`datacall.prompt.${u}`)] as [string, string],
        ),
      },
    ],
    protection: t('datacall.protection'),
  };
}

/** An answer already collected, back in its cell: a number, yes or no, a text, or the value for one sex. */
function prefill(cell: ExcelJS.Cell, column: string, value: Value | null, yesNo: readonly string[]): void {
  if (value === null) return;
  const v = typeof value === 'object' ? (value as unknown as Record<string, number | undefined>)[column] : value;
  if (v === undefined) return;
  if (typeof v === 'boolean') text(cell, v ? yesNo[0]! : yesNo[1]!);
  else if (typeof v === 'number') cell.value = v;
  else text(cell, v);
}

function heading(t: T, key: string, year: number): string {
  return t(`datacall.col.${key}`, { year });
}

function valueValidation(ind: IndicatorRow, t: T, yesNo: readonly string[]): ExcelJS.DataValidation {
  switch (ind.unit) {
    case 'count':
      return numberValidation('whole', 0, undefined, t('datacall.prompt.count'), t, 'count');
    case 'percent':
      return numberValidation('decimal', 0, 100, t('datacall.prompt.percent'), t, 'percent');
    case 'amount':
      return numberValidation('decimal', 0, undefined, t('datacall.prompt.amount'), t, 'amount');
    case 'yes-no':
      return listValidation(yesNo, t('datacall.prompt.yes-no'), t('datacall.invalid.yes-no'), t);
    default:
      return promptOnly(t('datacall.prompt.text'));
  }
}
