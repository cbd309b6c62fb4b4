import { extname } from 'node:path';
import { unpack, ZipError, zipEntries } from '../datacall/zip.js';
import { type Finding, findingAt } from '../rules/finding.js';
import type { RuleCode } from '../rules/index.js';
import { RETURN_LIMITS } from './limits.js';

const MiB = 1024 * 1024;
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** "EncryptedPackage" in UTF-16LE: the stream of an Office file encrypted with a password to open. */
const ENCRYPTED = Buffer.from('EncryptedPackage', 'utf16le');

/**
 * What makes a file unfit to be opened as a return, found before any spreadsheet code reads it:
 * its kind (not a workbook, an old .xls, a password-protected or macro-enabled workbook), its
 * size unpacked (measured while unpacking, whatever the zip declares), rows and cells, XML
 * entity declarations and external links. An empty list: the workbook may be loaded.
 */
export function inspectWorkbook(buf: Buffer, file: string): Finding[] {
  const at = (code: RuleCode, message: string, fix: string) => [
    findingAt(code, file, { line: 1, column: 1 }, message, fix),
  ];
  const limits = RETURN_LIMITS;
  if (buf.length > limits.fileBytes)
    return at(
      'NAP103',
      `the file is ${mib(buf.length)}, over the limit of ${mib(limits.fileBytes)}`,
      'check that this is the right file',
    );
  if (buf.subarray(0, 8).equals(OLE)) {
    if (buf.includes(ENCRYPTED))
      return at(
        'NAP101',
        'the workbook is encrypted with a password to open',
        'save a copy without the password to open, and collect that copy',
      );
    return at(
      'NAP100',
      'this is an old Excel 97-2003 file (.xls), not an Excel workbook (.xlsx)',
      'open it and save it as an Excel workbook (.xlsx)',
    );
  }
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50)
    return at(
      'NAP100',
      `this is not an Excel workbook${kindOf(buf)}`,
      'collect the .xlsx file nap request made, filled in, or a YAML return',
    );
  if (extname(file).toLowerCase() === '.xlsm')
    return at(
      'NAP102',
      'a macro-enabled workbook (.xlsm) is not collected',
      'save it as an Excel workbook (.xlsx), without macros',
    );
  let entries: ReturnType<typeof zipEntries>;
  try {
    entries = zipEntries(buf, limits.parts);
  } catch (err) {
    // A directory pointing outside the file reads out of the buffer: a damaged file like any other.
    if (err instanceof ZipError && / parts$/.test(err.message))
      return at(
        'NAP103',
        `the workbook has ${err.message}, more than the limit of ${limits.parts}`,
        'check that this is the right file',
      );
    return at(
      'NAP100',
      `the workbook cannot be read: ${(err as Error).message}`,
      'open it in your spreadsheet program and save it again as .xlsx',
    );
  }
  const names = new Set(entries.map((e) => e.name));
  if (names.has('content.xml') && names.has('mimetype'))
    return at(
      'NAP100',
      'this is an OpenDocument spreadsheet (.ods), not an Excel workbook (.xlsx)',
      'open it in LibreOffice Calc and save it as an Excel workbook: File > Save As, type Excel 2007-365 (.xlsx)',
    );
  if (!names.has('xl/workbook.xml') && !names.has('xl/workbook.bin'))
    return at(
      'NAP100',
      'this zip file is not an Excel workbook (it has no xl/workbook.xml)',
      'collect the .xlsx file nap request made',
    );
  if (names.has('xl/workbook.bin'))
    return at(
      'NAP100',
      'this is an Excel binary workbook (.xlsb), not an Excel workbook (.xlsx)',
      'save it as an Excel workbook (.xlsx)',
    );
  if (entries.some((e) => e.flags & 1))
    return at('NAP101', 'parts of the workbook are encrypted', 'save a copy without a password, and collect that copy');
  if (names.has('xl/vbaProject.bin'))
    return at(
      'NAP102',
      'the workbook contains macros (xl/vbaProject.bin)',
      'save it as an Excel workbook (.xlsx), without macros',
    );
  const declared = entries.reduce((n, e) => n + e.declaredSize, 0);
  if (declared > limits.unpackedBytes)
    return at(
      'NAP103',
      `the workbook unpacks to ${mib(declared)}, over the limit of ${mib(limits.unpackedBytes)}`,
      'check that this is the right file',
    );
  const external = entries.find((e) => /^xl\/externalLinks\//.test(e.name) || e.name === 'xl/connections.xml');
  if (external)
    return at(
      'NAP104',
      `the workbook links to other files or data sources (${external.name})`,
      'copy the values into the return without links (paste special, values only)',
    );
  let budget = limits.unpackedBytes;
  for (const e of entries) {
    let data: Buffer;
    try {
      data = unpack(buf, e, budget);
    } catch (err) {
      if (err instanceof RangeError)
        return at(
          'NAP103',
          `the workbook unpacks to more than ${mib(limits.unpackedBytes)} (part ${e.name}): it may be a zip bomb`,
          'check that this is the right file',
        );
      return at(
        'NAP100',
        `the workbook cannot be read: ${(err as Error).message}`,
        'open it in your spreadsheet program and save it again as .xlsx',
      );
    }
    budget -= data.length;
    if (!/\.(xml|rels|vml)$/i.test(e.name)) continue;
    const xml = data.toString('latin1');
    if (/<!DOCTYPE|<!ENTITY/i.test(xml))
      return at(
        'NAP104',
        `part ${e.name} declares XML entities or a document type`,
        'save the workbook again from your spreadsheet program, or fill in a new return',
      );
    // The workbook part's own type says so (a Default for .bin, as SheetJS writes, does not).
    if (
      e.name === '[Content_Types].xml' &&
      /PartName="\/xl\/workbook\.xml"\s+ContentType="[^"]*macroEnabled/i.test(xml)
    )
      return at('NAP102', 'the workbook is macro-enabled', 'save it as an Excel workbook (.xlsx), without macros');
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) {
      const rows = count(xml, '<row ');
      const cells = count(xml, '<c ');
      if (rows > limits.rows || cells > limits.cells)
        return at(
          'NAP103',
          `sheet part ${e.name} has ${rows} rows and ${cells} cells, beyond the limits of ${limits.rows} rows and ${limits.cells} cells`,
          'delete the rows that were pasted below the return, or check that this is the right file',
        );
    }
  }
  return [];
}

function count(s: string, needle: string): number {
  let n = 0;
  for (let i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + needle.length)) n++;
  return n;
}

function mib(bytes: number): string {
  return `${(bytes / MiB).toFixed(1)} MiB`;
}

/** A word on what the file seems to be instead, when its first bytes say so. */
function kindOf(buf: Buffer): string {
  const head = buf.subarray(0, 8).toString('latin1');
  if (head.startsWith('%PDF')) return ' but a PDF';
  if (head.startsWith('{\\rtf')) return ' but an RTF document';
  if (buf.length === 0) return ' but an empty file';
  return '';
}
