import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { ASSESSMENT_COLUMNS, METHOD_CELL, REMARK_COLUMNS } from '../../src/core/datacall/layout.js';
import { nap } from '../cli/harness.js';

/** `nap request --assessor` for one assessor; returns the path of the workbook (or YAML) written. */
export async function requestAssessment(
  cwd: string,
  plan: string,
  year: number,
  assessor: string,
  extra: string[] = [],
): Promise<string> {
  const r = await nap(['request', plan, '--year', String(year), '--assessor', assessor, ...extra], { cwd });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const ext = extra.includes('yaml') ? 'yaml' : 'xlsx';
  return join(cwd, 'requests', `${plan}-${year}-assessment-${assessor}.${ext}`);
}

/** Edits of an assessor's return: by action id (and indicator key) and column key, never by position. */
export interface AssessmentFiller {
  wb: ExcelJS.Workbook;
  rate(id: string, key: (typeof ASSESSMENT_COLUMNS)[number]['key'], value: ExcelJS.CellValue): ExcelJS.Cell;
  remark(action: string, key: string, value: ExcelJS.CellValue): ExcelJS.Cell;
  method(value: ExcelJS.CellValue): void;
  /** Row numbers of the assessment sheet, by action id. */
  rows(): Map<string, number>;
}

export async function fillAssessment(
  from: string,
  to: string,
  edit: (f: AssessmentFiller) => void | Promise<void>,
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(from) as unknown as ArrayBuffer);
  const [instructions, assessment, remarks] = [wb.worksheets[0]!, wb.worksheets[1]!, wb.worksheets[2]!];
  const colOf = (cols: readonly { key: string }[], key: string) => cols.findIndex((c) => c.key === key) + 1;
  const find = (ws: ExcelJS.Worksheet, match: (row: ExcelJS.Row) => boolean) => {
    for (let r = 2; r <= ws.rowCount; r++) if (match(ws.getRow(r))) return ws.getRow(r);
    throw new Error('no such row');
  };
  const filler: AssessmentFiller = {
    wb,
    rate(id, key, value) {
      const cell = find(assessment, (r) => String(r.getCell(1).value) === id).getCell(colOf(ASSESSMENT_COLUMNS, key));
      cell.value = value;
      return cell;
    },
    remark(action, key, value) {
      const row = find(remarks, (r) => String(r.getCell(1).value) === action && String(r.getCell(2).value) === key);
      const cell = row.getCell(colOf(REMARK_COLUMNS, 'remark'));
      cell.value = value;
      return cell;
    },
    method(value) {
      instructions.getCell(METHOD_CELL).value = value;
    },
    rows() {
      const m = new Map<string, number>();
      for (let r = 2; r <= assessment.rowCount; r++) m.set(String(assessment.getRow(r).getCell(1).value), r);
      return m;
    },
  };
  await edit(filler);
  writeFileSync(to, new Uint8Array(await wb.xlsx.writeBuffer()));
  return to;
}

/** A test network's assessment of two Belgian actions for 2015, as an assessor would type it. */
export function fillNetwork(f: AssessmentFiller): void {
  f.rate('1.a', 'rating', 'Limited');
  f.rate('1.a', 'comment', '=Test data: the report was late, written by the test suite.');
  f.rate('1.a', 'evidence', 'Interview, March 2016\nhttps://example.org/test');
  f.remark('1.a', '2', 'No questionnaire seen (test).');
  f.rate('6.d', 'rating', 'substantiel'); // in French, typed rather than chosen
  f.rate('6.d', 'comment', 'Test data: training material in use.');
  f.method('Test data: desk review.');
}
