import ExcelJS from 'exceljs';
import {
  ACTION_COLUMNS,
  ASSESSMENT_COLUMNS,
  ASSESSMENT_FORMAT,
  ASSESSMENT_SHEETS,
  columnLetters,
  type DeclaredAssessor,
  INDICATOR_COLUMNS,
  META_SHEET,
  METHOD_CELL,
  REMARK_COLUMNS,
  RETURN_FORMAT,
  RETURN_VERSION,
  type ReturnMeta,
  SHEETS,
  SUBMITTED_CELL,
} from '../datacall/layout.js';
import type { CellValue } from './cells.js';

/** One cell of a return, with where it is. */
export interface Located extends CellValue {
  /** Indicators!F12 */
  cell: string;
  row: number;
  column: number;
}

/** A data sheet of a return: its rows, each with its cells by column key. */
export interface Table {
  sheet: string;
  rows: { row: number; cells: Record<string, Located> }[];
}

/** An actor's progress return. */
export interface WorkbookReturn {
  kind: 'progress';
  meta: ReturnMeta;
  actions: Table;
  indicators: Table;
  submitted: Located;
}

/** An assessor's return (nap request --assessor). */
export interface AssessmentWorkbook {
  kind: 'assessment';
  meta: ReturnMeta;
  assessment: Table;
  remarks: Table;
  submitted: Located;
  method: Located;
}

/** Why a workbook is not a readable return (NAP105), with the cell or sheet concerned. */
export class LayoutProblem extends Error {
  constructor(
    message: string,
    readonly fix: string,
    readonly cell?: string,
  ) {
    super(message);
  }
}

/** The value a program shows in a cell: formulas by their last computed value, rich text as text. */
function cellValue(cell: ExcelJS.Cell): CellValue {
  const v = cell.value as unknown;
  const numFmt = cell.numFmt || undefined;
  const base = (value: CellValue['value'], formula = false): CellValue =>
    numFmt ? { value, formula, numFmt } : { value, formula };
  if (v === null || v === undefined) return base(undefined);
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return base(v);
  const o = v as Record<string, unknown>;
  if ('formula' in o || 'sharedFormula' in o) {
    const r = o.result as unknown;
    if (r === undefined || r === null || typeof r === 'object') return base(r instanceof Date ? r : undefined, true);
    return base(r as string | number | boolean, true);
  }
  if (Array.isArray(o.richText)) return base((o.richText as { text: string }[]).map((p) => p.text).join(''));
  if (typeof o.text === 'string') return base(o.text);
  if (typeof o.error === 'string') return base(o.error);
  return base(String(v));
}

function locate(ws: ExcelJS.Worksheet, row: number, column: number): Located {
  const cell = ws.getRow(row).getCell(column);
  return { ...cellValue(cell), cell: `${ws.name}!${columnLetters(column)}${row}`, row, column };
}

function readMeta(wb: ExcelJS.Workbook): ReturnMeta {
  const ws = wb.getWorksheet(META_SHEET);
  if (!ws)
    throw new LayoutProblem(
      `the hidden sheet '${META_SHEET}', which says for which plan, year and actor the return is, was removed`,
      'fill in a new return made by nap request: copy your answers into it',
    );
  const one = new Map<string, string>();
  const sheets: Record<string, string> = {};
  const columns = new Map<string, string>();
  const actions = new Map<string, string>();
  ws.eachRow((row) => {
    const cells = [1, 2, 3, 4].map((c) => {
      const v = cellValue(row.getCell(c)).value;
      return v === undefined ? '' : String(v);
    });
    const [key, a, b, c] = cells as [string, string, string, string];
    if (key === 'sheet') sheets[a] = b;
    else if (key === 'column') columns.set(`${a}.${b}`, c);
    else if (key === 'action') actions.set(a, b);
    else one.set(key, a);
  });
  const broken = (what: string) =>
    new LayoutProblem(
      `the hidden sheet '${META_SHEET}' was changed: ${what}`,
      'fill in a new return made by nap request',
    );
  const format = one.get('format');
  if (format !== RETURN_FORMAT && format !== ASSESSMENT_FORMAT) throw broken(`it does not say '${RETURN_FORMAT}'`);
  if (Number(one.get('version')) !== RETURN_VERSION)
    throw broken(`it is of version ${one.get('version')}, and this nap reads version ${RETURN_VERSION}`);
  for (const k of ['plan', 'year', 'actor', 'lang', 'fingerprint']) if (!one.get(k)) throw broken(`'${k}' is missing`);
  for (const s of format === RETURN_FORMAT ? SHEETS : ASSESSMENT_SHEETS)
    if (!sheets[s]) throw broken(`the name of the sheet '${s}' is missing`);
  const meta: ReturnMeta = {
    format,
    version: RETURN_VERSION,
    plan: one.get('plan')!,
    year: Number(one.get('year')),
    actor: one.get('actor')!,
    lang: one.get('lang')!,
    fingerprint: one.get('fingerprint')!,
    sheets,
    actions,
    columns,
  };
  if (one.get('due')) meta.due = one.get('due')!;
  if (format === ASSESSMENT_FORMAT) {
    if (!one.get('scale')) throw broken(`'scale' is missing`);
    meta.scale = one.get('scale')!;
    const name = one.get('assessor-name');
    const type = one.get('assessor-type');
    if (name) {
      if (type !== 'civil-society' && type !== 'academia' && type !== 'parliament')
        throw broken(`'assessor-type' is not civil-society, academia or parliament`);
      const declared: DeclaredAssessor = { name, type };
      if (one.get('assessor-short')) declared.short = one.get('assessor-short')!;
      meta.assessor = declared;
    }
  }
  return meta;
}

/** A data sheet's rows, its columns found by their headings (a column may have been moved). */
function readTable(wb: ExcelJS.Workbook, meta: ReturnMeta, key: string, keys: readonly string[]): Table {
  const name = meta.sheets[key]!;
  const ws = wb.getWorksheet(name);
  if (!ws)
    throw new LayoutProblem(
      `the sheet '${name}' is missing`,
      'restore the sheet, or fill in a new return made by nap request',
    );
  const header = ws.getRow(1);
  const byHeading = new Map<string, number>();
  for (let c = 1; c <= Math.max(header.cellCount, keys.length); c++) {
    const v = cellValue(header.getCell(c)).value;
    if (v !== undefined) byHeading.set(String(v).trim(), c);
  }
  const at: Record<string, number> = {};
  for (const k of keys) {
    const heading = meta.columns?.get(`${key}.${k}`);
    const col = heading !== undefined ? byHeading.get(heading) : undefined;
    if (col === undefined)
      throw new LayoutProblem(
        `the column '${heading ?? k}' of the sheet '${name}' is missing or was renamed`,
        'restore its heading in row 1, or fill in a new return made by nap request',
        `${name}!1:1`,
      );
    at[k] = col;
  }
  const rows: Table['rows'] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const cells: Record<string, Located> = {};
    let any = false;
    for (const k of keys) {
      cells[k] = locate(ws, r, at[k]!);
      if (cells[k]!.value !== undefined && !(typeof cells[k]!.value === 'string' && cells[k]!.value === '')) any = true;
    }
    if (any) rows.push({ row: r, cells });
  }
  return { sheet: name, rows };
}

/** A cell of the instructions sheet (the date of submission, the method); empty when the sheet is gone. */
function instructionCell(wb: ExcelJS.Workbook, meta: ReturnMeta, at: string): Located {
  const instructions = wb.getWorksheet(meta.sheets.instructions);
  const row = Number(at.slice(1));
  const column = at.charCodeAt(0) - 64;
  return instructions ? locate(instructions, row, column) : { value: undefined, formula: false, cell: at, row, column };
}

/** A return workbook read into its sheets, an actor's or an assessor's; a broken layout throws LayoutProblem. */
export async function readWorkbookReturn(buf: Buffer): Promise<WorkbookReturn | AssessmentWorkbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const meta = readMeta(wb);
  const submitted = instructionCell(wb, meta, SUBMITTED_CELL);
  if (meta.format === ASSESSMENT_FORMAT)
    return {
      kind: 'assessment',
      meta,
      assessment: readTable(
        wb,
        meta,
        'assessment',
        ASSESSMENT_COLUMNS.map((c) => c.key),
      ),
      remarks: readTable(
        wb,
        meta,
        'remarks',
        REMARK_COLUMNS.map((c) => c.key),
      ),
      submitted,
      method: instructionCell(wb, meta, METHOD_CELL),
    };
  return {
    kind: 'progress',
    meta,
    actions: readTable(
      wb,
      meta,
      'actions',
      ACTION_COLUMNS.map((c) => c.key),
    ),
    indicators: readTable(
      wb,
      meta,
      'indicators',
      INDICATOR_COLUMNS.map((c) => c.key),
    ),
    submitted,
  };
}
