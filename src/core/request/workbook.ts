import ExcelJS from 'exceljs';
import {
  ACTION_COLUMNS,
  CHOSEN_STATUSES,
  columnLetters,
  INDICATOR_COLUMNS,
  META_SHEET,
  RETURN_FORMAT,
  RETURN_VERSION,
  SUBMITTED_CELL,
} from '../datacall/layout.js';
import { type ActionRow, type IndicatorRow, plainValue } from '../datacall/rows.js';
import type { Formatter } from '../model/format.js';
import { TextPicker } from '../model/text.js';
import type { Plan, Value } from '../model/types.generated.js';
import type { PreviousYear } from './previous.js';

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

/** The label of sample data, when the plan or the answers shown are illustrative. */
export function illustrativeLabel(o: ReturnInput): string | undefined {
  if (o.plan.illustrative) return o.f.t('datacall.illustrative');
  return o.illustrativeData ? o.f.t('datacall.illustrativeData') : undefined;
}

const GREY = 'FFEFEFEF';
const YELLOW = 'FFFFF4B8';
const HEADER = 'FF1F3A5F';
/** Excel refuses longer cells; reference texts are cut there (inputs never hold plan text). */
const MAX_CELL = 32_000;

const fill = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };
const border: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/**
 * Always a text cell: a value from the plan that begins with =, +, - or @ stays text, never a
 * formula (exceljs writes strings as shared strings; formulas only from { formula } objects).
 */
function text(cell: ExcelJS.Cell, s: string): void {
  cell.value = s.length > MAX_CELL ? `${s.slice(0, MAX_CELL)}…` : s;
}

/** One actor's return as an .xlsx workbook (README, "The yearly data call"). */
export async function returnWorkbook(o: ReturnInput): Promise<Uint8Array> {
  const { f, plan, year } = o;
  const t = (key: string, params?: Record<string, unknown>) => f.t(key, params);
  const pick = new TextPicker(f.lang, plan.lang);
  const actorName = (id: string) => {
    const a = plan.actors.find((x) => x.id === id);
    return a ? pick.pick(a.short ?? a.name, id) : id;
  };
  const wb = new ExcelJS.Workbook();
  wb.creator = 'nap';
  wb.created = o.now;
  wb.modified = o.now;
  const names = {
    instructions: t('datacall.sheet.instructions'),
    actions: t('datacall.sheet.actions'),
    indicators: t('datacall.sheet.indicators'),
  };
  const statusLabels = CHOSEN_STATUSES.map((s) => f.t(`status.${s}`).replace(/,/g, ' '));
  const yesNo = [t('datacall.yes'), t('datacall.no')];

  instructionsSheet(wb, o, names.instructions, t, actorName(o.actor), statusLabels);
  const headings: [string, string, string][] = [];

  // The actions: reference columns locked and grey, the actor's cells open and yellow.
  const actions = wb.addWorksheet(names.actions, sheetOptions());
  const actionHeads = ACTION_COLUMNS.map((c) =>
    heading(t, c.key, c.key === 'lastStatus' || c.key === 'lastSummary' ? year - 1 : year),
  );
  setHeader(actions, ACTION_COLUMNS, actionHeads);
  for (const [i, c] of ACTION_COLUMNS.entries()) headings.push(['actions', c.key, actionHeads[i]!]);
  for (const row of o.rows) {
    const prev = o.previous.of(row.id, o.actor, row.indicators);
    const r = actions.addRow([]);
    const values: Record<string, string> = {
      id: row.id,
      where: row.where,
      text: row.text,
      actors: row.actors.map(actorName).join(', '),
      lastStatus: prev.status ? f.t(`status.${prev.status}`) : '',
      lastSummary: prev.summary !== undefined ? pick.pick(prev.summary, row.id) : '',
    };
    for (const [i, c] of ACTION_COLUMNS.entries()) {
      const cell = r.getCell(i + 1);
      styleCell(cell, c.input);
      if (!c.input) text(cell, values[c.key] ?? '');
    }
    const col = (key: string) => r.getCell(ACTION_COLUMNS.findIndex((c) => c.key === key) + 1);
    col('status').dataValidation = listValidation(statusLabels, t('datacall.prompt.status', { year }), t, 'status');
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
  const indicators = wb.addWorksheet(names.indicators, sheetOptions());
  const indicatorHeads = INDICATOR_COLUMNS.map((c) =>
    heading(t, c.key === 'text' ? 'indText' : c.key, c.key === 'last' ? year - 1 : year),
  );
  setHeader(indicators, INDICATOR_COLUMNS, indicatorHeads);
  for (const [i, c] of INDICATOR_COLUMNS.entries()) headings.push(['indicators', c.key, indicatorHeads[i]!]);
  for (const row of o.rows) {
    const prev = o.previous.of(row.id, o.actor, row.indicators);
    const own = o.current?.own(row.id, o.actor)?.indicators ?? {};
    for (const [n, ind] of row.indicators.entries()) {
      const given = Object.hasOwn(own, ind.key) ? own[ind.key] : own[String(n + 1)];
      const r = indicators.addRow([]);
      const unit =
        t(`datacall.unit.${ind.unit}`) +
        (ind.currency ? ` (${ind.currency})` : '') +
        (ind.bySex ? `, ${t('datacall.unit.bySex')}` : '');
      const values: Record<string, string> = {
        action: ind.action,
        indicator: ind.key,
        text: ind.text,
        unit,
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

  metaSheet(wb, o, names, headings);
  // Fast compression: a return is small either way, and a data call writes hundreds of them.
  const zip = { compression: 'DEFLATE', compressionOptions: { level: 1 } };
  return new Uint8Array(await wb.xlsx.writeBuffer({ zip } as ExcelJS.XlsxWriteOptions));
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

function heading(t: (k: string, p?: Record<string, unknown>) => string, key: string, year: number): string {
  return t(`datacall.col.${key}`, { year });
}

function sheetOptions(): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
  };
}

function setHeader(ws: ExcelJS.Worksheet, columns: readonly { width: number }[], heads: readonly string[]): void {
  ws.columns = columns.map((c) => ({ width: c.width }));
  const r = ws.getRow(1);
  for (const [i, h] of heads.entries()) {
    const cell = r.getCell(i + 1);
    text(cell, h);
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = fill(HEADER);
    cell.alignment = { wrapText: true, vertical: 'middle' };
    cell.border = border;
  }
  r.height = 32;
}

function styleCell(cell: ExcelJS.Cell, input: boolean): void {
  cell.alignment = { wrapText: true, vertical: 'top' };
  cell.border = border;
  cell.fill = fill(input ? YELLOW : GREY);
  cell.protection = { locked: !input };
}

/**
 * Row heights from the text they hold: neither exceljs nor LibreOffice sizes rows of wrapped text
 * when a file is opened, and rows of one line would hide the rest of an action's text.
 */
function fitHeight(row: ExcelJS.Row, widths: readonly number[]): void {
  let lines = 1;
  row.eachCell((cell, col) => {
    const s = typeof cell.value === 'string' ? cell.value : '';
    const width = widths[col - 1] ?? 10;
    const count = s.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil((part.length * 0.9) / width)), 0);
    lines = Math.max(lines, count);
  });
  row.height = Math.min(409, 14.5 * lines + 2);
}

/** Protected against editing the grey cells, without a password: guidance, not security. */
function finishSheet(ws: ExcelJS.Worksheet, width: number): void {
  ws.headerFooter.oddFooter = `&L&A&R&P / &N`;
  ws.pageSetup.printArea = `A1:${columnLetters(width)}${Math.max(ws.rowCount, 1)}`;
  void ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    insertRows: true,
    deleteRows: true,
    sort: true,
    autoFilter: true,
  });
}

type T = (k: string, p?: Record<string, unknown>) => string;

function listValidation(items: readonly string[], prompt: string, t: T, what: string): ExcelJS.DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${items.join(',')}"`],
    showInputMessage: true,
    prompt,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: t('datacall.invalid.title'),
    error: t(`datacall.invalid.${what}`),
  };
}

function numberValidation(
  type: 'whole' | 'decimal',
  min: number,
  max: number | undefined,
  prompt: string,
  t: T,
  what: string,
): ExcelJS.DataValidation {
  return {
    type,
    allowBlank: true,
    operator: max === undefined ? 'greaterThanOrEqual' : 'between',
    formulae: max === undefined ? [min] : [min, max],
    showInputMessage: true,
    prompt,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: t('datacall.invalid.title'),
    error: t(`datacall.invalid.${what}`),
  };
}

/** An input message without a restriction: any text is fine. */
function promptOnly(prompt: string): ExcelJS.DataValidation {
  return {
    type: 'textLength',
    operator: 'lessThanOrEqual',
    formulae: [MAX_CELL],
    allowBlank: true,
    showInputMessage: true,
    prompt,
  };
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
      return listValidation(yesNo, t('datacall.prompt.yes-no'), t, 'yes-no');
    default:
      return promptOnly(t('datacall.prompt.text'));
  }
}

function instructionsSheet(
  wb: ExcelJS.Workbook,
  o: ReturnInput,
  name: string,
  t: T,
  actor: string,
  statusLabels: readonly string[],
): void {
  const { plan, year, f } = o;
  const pick = new TextPicker(f.lang, plan.lang);
  const ws = wb.addWorksheet(name, {
    pageSetup: { orientation: 'portrait', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const widths = [3, 28, 90];
  ws.columns = widths.map((width) => ({ width }));
  const line = (row: number, label: string, value: string, bold = false) => {
    const r = ws.getRow(row);
    text(r.getCell(2), label);
    text(r.getCell(3), value);
    r.getCell(2).font = { bold: true };
    r.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    r.getCell(3).alignment = { wrapText: true, vertical: 'top' };
    if (bold) r.getCell(3).font = { bold: true };
    fitHeight(r, widths);
  };
  text(ws.getCell('B1'), t('datacall.title', { year }));
  ws.getCell('B1').font = { bold: true, size: 16 };
  line(3, t('datacall.plan'), `${pick.pick(plan.title, 'title')} (${plan.id})`);
  line(4, t('datacall.year'), String(year));
  line(5, t('datacall.actor'), `${actor} (${o.actor})`, true);
  line(6, t('datacall.due'), o.due ? f.date(new Date(`${o.due}T00:00:00Z`)) : t('datacall.noDue'), true);
  const label = illustrativeLabel(o);
  if (label) {
    text(ws.getCell('C7'), label);
    ws.getCell('C7').font = { italic: true, color: { argb: 'FFB00020' } };
  }
  text(ws.getCell('C8'), t('datacall.intro', { year }));
  ws.getCell('C8').alignment = { wrapText: true, vertical: 'top' };
  fitHeight(ws.getRow(8), widths);
  // The one cell of this sheet to fill in: the date of submission.
  const submittedRow = Number(SUBMITTED_CELL.slice(1));
  text(ws.getCell(`B${submittedRow}`), t('datacall.submitted'));
  ws.getCell(`B${submittedRow}`).font = { bold: true };
  // Wrapped, so that a long label (Dutch, French) never runs into the yellow cell beside it.
  ws.getCell(`B${submittedRow}`).alignment = { wrapText: true, vertical: 'top' };
  fitHeight(ws.getRow(submittedRow), widths);
  const submitted = ws.getCell(SUBMITTED_CELL);
  styleCell(submitted, true);
  submitted.numFmt = 'yyyy-mm-dd';
  submitted.dataValidation = {
    type: 'date',
    operator: 'greaterThan',
    formulae: [new Date(Date.UTC(1990, 0, 1))],
    allowBlank: true,
    showInputMessage: true,
    prompt: t('datacall.prompt.submitted'),
    showErrorMessage: true,
    errorTitle: t('datacall.invalid.title'),
    error: t('datacall.invalid.date'),
  };
  let row = submittedRow + 2;
  const heading = (s: string) => {
    text(ws.getCell(`B${row}`), s);
    ws.getCell(`B${row}`).font = { bold: true, size: 12 };
    row++;
  };
  heading(t('datacall.howTitle'));
  for (const k of ['1', '2', '3', '4', '5']) {
    text(ws.getCell(`B${row}`), `${k}.`);
    ws.getCell(`B${row}`).alignment = { vertical: 'top', horizontal: 'right' };
    text(ws.getCell(`C${row}`), t(`datacall.how.${k}`, { year }));
    ws.getCell(`C${row}`).alignment = { wrapText: true, vertical: 'top' };
    fitHeight(ws.getRow(row), widths);
    row++;
  }
  row++;
  heading(t('datacall.statusTitle'));
  for (const [i, s] of CHOSEN_STATUSES.entries()) line(row++, statusLabels[i]!, t(`datacall.meaning.${s}`));
  row++;
  heading(t('datacall.unitTitle'));
  for (const u of ['count', 'percent', 'amount', 'yes-no', 'text'])
    line(row++, t(`datacall.unit.${u}`), t(`datacall.prompt.${u}`));
  row++;
  text(ws.getCell(`C${row}`), t('datacall.protection'));
  ws.getCell(`C${row}`).font = { italic: true };
  ws.getCell(`C${row}`).alignment = { wrapText: true };
  void ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
}

/** The hidden sheet: what this return is for, so that collect recognises another plan, year, actor or edition. */
function metaSheet(
  wb: ExcelJS.Workbook,
  o: ReturnInput,
  names: Record<string, string>,
  headings: readonly [string, string, string][],
): void {
  const ws = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  const rows: (string | number)[][] = [
    ['format', RETURN_FORMAT],
    ['version', RETURN_VERSION],
    ['plan', o.plan.id],
    ['year', o.year],
    ['actor', o.actor],
    ['lang', o.f.lang],
    ['fingerprint', o.fingerprint],
    ['due', o.due ?? ''],
    ...Object.entries(names).map(([k, v]) => ['sheet', k, v]),
    ...headings.map(([sheet, key, h]) => ['column', sheet, key, h]),
    ...[...o.actionPrints].map(([id, h]) => ['action', id, h]),
  ];
  for (const r of rows) {
    const row = ws.addRow([]);
    for (const [i, v] of r.entries()) {
      const cell = row.getCell(i + 1);
      if (typeof v === 'number') cell.value = v;
      else text(cell, v);
    }
  }
  void ws.protect('', {});
}
