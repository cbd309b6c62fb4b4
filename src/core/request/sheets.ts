import ExcelJS from 'exceljs';
import { columnLetters, listItem, META_SHEET, RETURN_VERSION, type ReturnMeta } from '../datacall/layout.js';
import type { IndicatorRow } from '../datacall/rows.js';
import type { Formatter } from '../model/format.js';
import type { TextPicker } from '../model/text.js';
import type { Plan } from '../model/types.generated.js';

/**
 * The workbook machinery every return shares (an actor's progress return, an assessor's return):
 * text cells that never become formulas, grey locked reference cells and yellow input cells,
 * data validations with input messages, the instructions sheet, protection, print settings and
 * the hidden sheet that says what the return is for.
 */

export type T = (k: string, p?: Record<string, unknown>) => string;

const GREY = 'FFEFEFEF';
const YELLOW = 'FFFFF4B8';
const HEADER = 'FF1F3A5F';
/** Excel refuses longer cells; reference texts are cut there (inputs never hold plan text). */
export const MAX_CELL = 32_000;

const fill = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };
const border: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/**
 * Always a text cell: a value from the plan that begins with =, +, - or @ stays text, never a
 * formula (exceljs writes strings as shared strings; formulas only from { formula } objects).
 */
export function text(cell: ExcelJS.Cell, s: string): void {
  cell.value = s.length > MAX_CELL ? `${s.slice(0, MAX_CELL)}…` : s;
}

/** A new workbook stamped by nap. */
export function newWorkbook(now: Date): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'nap';
  wb.created = now;
  wb.modified = now;
  return wb;
}

/** The workbook's bytes. Fast compression: a return is small either way, and a data call writes hundreds. */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const zip = { compression: 'DEFLATE', compressionOptions: { level: 1 } };
  return new Uint8Array(await wb.xlsx.writeBuffer({ zip } as ExcelJS.XlsxWriteOptions));
}

/** A data sheet: headings frozen, landscape, one page wide, headings repeated on every page. */
export function dataSheet(
  wb: ExcelJS.Workbook,
  name: string,
  columns: readonly { width: number }[],
  heads: readonly string[],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, {
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
  });
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
  return ws;
}

export function styleCell(cell: ExcelJS.Cell, input: boolean): void {
  cell.alignment = { wrapText: true, vertical: 'top' };
  cell.border = border;
  cell.fill = fill(input ? YELLOW : GREY);
  cell.protection = { locked: !input };
}

/**
 * A data row's cells: the reference ones grey, locked and filled from `values`, the input ones
 * yellow and open. Returns the row's cell of a column, by key.
 */
export function dataRow(
  row: ExcelJS.Row,
  columns: readonly { key: string; input: boolean }[],
  values: Readonly<Record<string, string>>,
): (key: string) => ExcelJS.Cell {
  for (const [i, c] of columns.entries()) {
    const cell = row.getCell(i + 1);
    styleCell(cell, c.input);
    if (!c.input) text(cell, values[c.key] ?? '');
  }
  return (key) => row.getCell(columns.findIndex((c) => c.key === key) + 1);
}

/** An indicator's unit in words: "amount (EUR), per sex". */
export function unitLabel(ind: IndicatorRow, t: T): string {
  return (
    t(`datacall.unit.${ind.unit}`) +
    (ind.currency ? ` (${ind.currency})` : '') +
    (ind.bySex ? `, ${t('datacall.unit.bySex')}` : '')
  );
}

/** The first lines of every return's instructions: the plan, the year, who answers, the due date. */
export function callLines(
  o: { plan: Plan; year: number; f: Formatter; due?: string },
  t: T,
  pick: TextPicker,
  who: { label: string; value: string },
): Instructions['lines'] {
  return [
    { label: t('datacall.plan'), value: `${pick.pick(o.plan.title, 'title')} (${o.plan.id})` },
    { label: t('datacall.year'), value: String(o.year) },
    { ...who, bold: true },
    {
      label: t('datacall.due'),
      value: o.due ? o.f.isoDate(o.due) : t('datacall.noDue'),
      bold: true,
    },
  ];
}

/**
 * Row heights from the text they hold: neither exceljs nor LibreOffice sizes rows of wrapped text
 * when a file is opened, and rows of one line would hide the rest of an action's text.
 */
export function fitHeight(row: ExcelJS.Row, widths: readonly number[]): void {
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
export function finishSheet(ws: ExcelJS.Worksheet, width: number): void {
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

/**
 * A drop-down list. Its items are one formula string separated by commas, so commas inside an
 * item are written as spaces (and read back either way).
 */
export function listValidation(items: readonly string[], prompt: string, error: string, t: T): ExcelJS.DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    formulae: [`"${items.map(listItem).join(',')}"`],
    showInputMessage: true,
    prompt,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: t('datacall.invalid.title'),
    error,
  };
}

export function numberValidation(
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
export function promptOnly(prompt: string): ExcelJS.DataValidation {
  return {
    type: 'textLength',
    operator: 'lessThanOrEqual',
    formulae: [MAX_CELL],
    allowBlank: true,
    showInputMessage: true,
    prompt,
  };
}

/** What an instructions sheet says: who asks whom for what, the cells to fill on it, how to fill in, and the legends. */
export interface Instructions {
  name: string;
  title: string;
  /** Rows 3 to 6: plan, year, who answers, due date (a bold value stands out). */
  lines: readonly { label: string; value: string; bold?: boolean }[];
  illustrative?: string;
  intro: string;
  /** The cells of this sheet to fill in, each with its label on its left (the date of submission ...). */
  inputs: readonly { cell: string; label: string; prompt: string; date?: boolean }[];
  how: readonly string[];
  /** Legends: a title and rows of a term and its meaning. */
  legends: readonly { title: string; rows: readonly [string, string][] }[];
  protection: string;
}

export function instructionsSheet(wb: ExcelJS.Workbook, s: Instructions, t: T): void {
  const ws = wb.addWorksheet(s.name, {
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
  text(ws.getCell('B1'), s.title);
  ws.getCell('B1').font = { bold: true, size: 16 };
  for (const [i, l] of s.lines.entries()) line(3 + i, l.label, l.value, l.bold);
  if (s.illustrative) {
    text(ws.getCell('C7'), s.illustrative);
    ws.getCell('C7').font = { italic: true, color: { argb: 'FFB00020' } };
  }
  text(ws.getCell('C8'), s.intro);
  ws.getCell('C8').alignment = { wrapText: true, vertical: 'top' };
  fitHeight(ws.getRow(8), widths);
  let row = 10;
  for (const input of s.inputs) {
    const at = Number(input.cell.slice(1));
    text(ws.getCell(`B${at}`), input.label);
    ws.getCell(`B${at}`).font = { bold: true };
    // Wrapped, so that a long label (Dutch, French) never runs into the yellow cell beside it.
    ws.getCell(`B${at}`).alignment = { wrapText: true, vertical: 'top' };
    fitHeight(ws.getRow(at), widths);
    const cell = ws.getCell(input.cell);
    styleCell(cell, true);
    if (input.date) {
      cell.numFmt = 'yyyy-mm-dd';
      cell.dataValidation = {
        type: 'date',
        operator: 'greaterThan',
        formulae: [new Date(Date.UTC(1990, 0, 1))],
        allowBlank: true,
        showInputMessage: true,
        prompt: input.prompt,
        showErrorMessage: true,
        errorTitle: t('datacall.invalid.title'),
        error: t('datacall.invalid.date'),
      };
    } else {
      cell.dataValidation = promptOnly(input.prompt);
      ws.getRow(at).height = 60;
    }
    row = Math.max(row, at);
  }
  row += 2;
  const heading = (h: string) => {
    text(ws.getCell(`B${row}`), h);
    ws.getCell(`B${row}`).font = { bold: true, size: 12 };
    row++;
  };
  heading(t('datacall.howTitle'));
  for (const [i, h] of s.how.entries()) {
    text(ws.getCell(`B${row}`), `${i + 1}.`);
    ws.getCell(`B${row}`).alignment = { vertical: 'top', horizontal: 'right' };
    text(ws.getCell(`C${row}`), h);
    ws.getCell(`C${row}`).alignment = { wrapText: true, vertical: 'top' };
    fitHeight(ws.getRow(row), widths);
    row++;
  }
  for (const legend of s.legends) {
    row++;
    heading(legend.title);
    for (const [term, meaning] of legend.rows) line(row++, term, meaning);
  }
  row++;
  text(ws.getCell(`C${row}`), s.protection);
  ws.getCell(`C${row}`).font = { italic: true };
  ws.getCell(`C${row}`).alignment = { wrapText: true };
  void ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
}

/**
 * What the hidden sheet records: enough for nap collect to recognise another plan, year, respondent
 * or edition. The identity is the one nap collect reads back (`ReturnMeta`); the columns and the
 * actions' fingerprints are given as they are written.
 */
export type MetaInput = Pick<
  ReturnMeta,
  'format' | 'plan' | 'year' | 'actor' | 'lang' | 'fingerprint' | 'due' | 'sheets' | 'scale' | 'assessor'
> & {
  /** [sheet key, column key, heading as written]: columns are found by their headings. */
  headings: readonly [string, string, string][];
  actionPrints: ReadonlyMap<string, string>;
};

export function metaSheet(wb: ExcelJS.Workbook, m: MetaInput): void {
  const ws = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  const rows: (string | number)[][] = [
    ['format', m.format],
    ['version', RETURN_VERSION],
    ['plan', m.plan],
    ['year', m.year],
    ['actor', m.actor],
    ['lang', m.lang],
    ['fingerprint', m.fingerprint],
    ['due', m.due ?? ''],
    ...(m.scale !== undefined ? [['scale', m.scale]] : []),
    ...(m.assessor
      ? [
          ['assessor-name', m.assessor.name],
          ['assessor-type', m.assessor.type],
          ...(m.assessor.short ? [['assessor-short', m.assessor.short]] : []),
        ]
      : []),
    ...Object.entries(m.sheets).map(([k, v]) => ['sheet', k, v]),
    ...m.headings.map(([sheet, key, h]) => ['column', sheet, key, h]),
    ...[...m.actionPrints].map(([id, h]) => ['action', id, h]),
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
