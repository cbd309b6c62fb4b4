import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { ACTION_COLUMNS, INDICATOR_COLUMNS } from '../../src/core/datacall/layout.js';
import { unpack, zipEntries } from '../../src/core/datacall/zip.js';
import { nap, workspace } from '../cli/harness.js';

const repo = new URL('../../', import.meta.url);

/** A working folder with a copy of the Belgian sample plan (progress up to 2015; 2016 is free). */
export function sampleWorkspace(): string {
  const dir = workspace();
  cpSync(new URL('plans/be-2013', repo), join(dir, 'plans/be-2013'), { recursive: true });
  return dir;
}

/** `nap request` for one actor; returns the path of the workbook (or YAML) written. */
export async function requestReturn(cwd: string, year: number, actor: string, extra: string[] = []): Promise<string> {
  const r = await nap(['request', 'be-2013', '--year', String(year), '--actor', actor, ...extra], { cwd });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const ext = extra.includes('yaml') ? 'yaml' : 'xlsx';
  return join(cwd, 'requests', `be-2013-${year}-${actor}.${ext}`);
}

type CellInput = ExcelJS.CellValue;

/** Edits of a filled return: by action id and column key, never by position. */
export interface Filler {
  wb: ExcelJS.Workbook;
  action(id: string, key: (typeof ACTION_COLUMNS)[number]['key'], value: CellInput): ExcelJS.Cell;
  indicator(
    action: string,
    key: string,
    col: (typeof INDICATOR_COLUMNS)[number]['key'],
    value: CellInput,
  ): ExcelJS.Cell;
  /** Row numbers of the actions sheet, by id. */
  actionRows(): Map<string, number>;
  indicatorRows(): { action: string; key: string; unit: string; row: number }[];
}

export async function fill(from: string, to: string, edit: (f: Filler) => void | Promise<void>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(from) as unknown as ArrayBuffer);
  const actions = wb.worksheets[1]!;
  const indicators = wb.worksheets[2]!;
  const colOf = (cols: readonly { key: string }[], key: string) => cols.findIndex((c) => c.key === key) + 1;
  const find = (ws: ExcelJS.Worksheet, match: (row: ExcelJS.Row) => boolean) => {
    for (let r = 2; r <= ws.rowCount; r++) if (match(ws.getRow(r))) return ws.getRow(r);
    throw new Error('no such row');
  };
  const filler: Filler = {
    wb,
    action(id, key, value) {
      const cell = find(actions, (r) => String(r.getCell(1).value) === id).getCell(colOf(ACTION_COLUMNS, key));
      cell.value = value;
      return cell;
    },
    indicator(action, key, col, value) {
      const row = find(indicators, (r) => String(r.getCell(1).value) === action && String(r.getCell(2).value) === key);
      const cell = row.getCell(colOf(INDICATOR_COLUMNS, col));
      cell.value = value;
      return cell;
    },
    actionRows() {
      const m = new Map<string, number>();
      for (let r = 2; r <= actions.rowCount; r++) m.set(String(actions.getRow(r).getCell(1).value), r);
      return m;
    },
    indicatorRows() {
      const out: { action: string; key: string; unit: string; row: number }[] = [];
      for (let r = 2; r <= indicators.rowCount; r++) {
        const row = indicators.getRow(r);
        out.push({
          action: String(row.getCell(1).value),
          key: String(row.getCell(2).value),
          unit: String(row.getCell(4).value),
          row: r,
        });
      }
      return out;
    },
  };
  await edit(filler);
  writeFileSync(to, new Uint8Array(await wb.xlsx.writeBuffer()));
  return to;
}

/** Defence's return for 2016 filled in as a clerk would: every action a status and summary, numbers for the counts. */
export function fillDefence(f: Filler): void {
  let n = 0;
  for (const id of f.actionRows().keys()) {
    f.action(id, 'status', n % 3 === 0 ? 'In progress' : 'Completed');
    f.action(id, 'summary', `Test data ${n++}: written by the test suite, not official.`);
  }
  f.action('1.a', 'spent', 1500);
  f.action('1.a', 'currency', 'EUR');
  f.action('1.a', 'sources', 'Annual report 2016, p. 3\nInternal note');
  f.indicator('21', 'staff-women-men', 'women', 31);
  f.indicator('21', 'staff-women-men', 'men', 402);
  f.indicator('1.a', '1', 'value', 'Two reports submitted.');
}

/** A zip file of the given parts, deflated, as any workbook is: to build damaged and hostile workbooks. */
export function zip(
  parts: Record<string, Buffer | string>,
  opts: { declared?: (name: string, real: number) => number; flags?: number } = {},
): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(parts)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
    const packed = deflateRawSync(data);
    const nameBuf = Buffer.from(name);
    const size = opts.declared ? opts.declared(name, data.length) : data.length;
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(opts.flags ?? 0, 6);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(size, 22);
    head.writeUInt16LE(nameBuf.length, 26);
    local.push(head, nameBuf, packed);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(opts.flags ?? 0, 8);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(packed.length, 20);
    c.writeUInt32LE(size, 24);
    c.writeUInt16LE(nameBuf.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, nameBuf);
    offset += 30 + nameBuf.length + packed.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, cd, end]);
}

/** The parts of a workbook, unpacked, to change one and zip them again. */
export function unzip(buf: Buffer): Record<string, Buffer> {
  return Object.fromEntries(zipEntries(buf, 10_000).map((e) => [e.name, unpack(buf, e, 1 << 30)]));
}
