import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { EnvironmentError } from '../errors.js';
import { type Finding, findingAt } from '../rules/finding.js';
import type { StageCode } from '../rules/index.js';

/** Files above this size are refused unread: a plan of 10,000 actions is about 3 MB. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Files with more lines are refused unparsed: a plan of 10,000 actions has about 83,000. */
export const MAX_LINES = 300_000;

// A pipe opened without O_NONBLOCK waits for a writer forever; a link swapped in after the
// plan folder was listed is not followed (the folder listing resolved every link it allows).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

export type ReadResult = { ok: true; text: string } | { ok: false; finding: Finding };

/**
 * Reads a regular file as strict UTF-8 text (a byte-order mark is dropped; CRLF is left to YAML).
 * `file` is the real path to read (links resolved by the folder listing); `display` is shown.
 */
export async function readText(file: string, display = file): Promise<ReadResult> {
  try {
    return await readChecked(file, display);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ELOOP' || e.code === 'EMLINK')
      return fail(
        display,
        'NAP016',
        1,
        1,
        'the file became a link after nap listed its folder; it was not read',
        'run nap again; if the file is meant to be a link, make it point inside the plans folder',
      );
    throw new EnvironmentError(
      `cannot read ${display}: ${e.code === 'EACCES' ? 'permission denied' : e.code === 'EISDIR' ? 'it is a folder' : e.message}`,
      e.code === 'EACCES' ? 'give your user read access to the file' : undefined,
    );
  }
}

// Synchronous on purpose: a plan's files are small and read one after another, and each
// asynchronous call (open, stat, read, close) waits a round trip through libuv's thread pool;
// for a folder of 200 plans that waiting was 0.6 s of 4.3.
async function readChecked(file: string, display: string): Promise<ReadResult> {
  const fd = openSync(file, OPEN_FLAGS);
  try {
    const st = fstatSync(fd);
    if (!st.isFile())
      return fail(
        display,
        'NAP016',
        1,
        1,
        `this is ${st.isDirectory() ? 'a folder' : 'not a regular file (a pipe or a device)'}; it was not read`,
        'replace it with the YAML file itself',
      );
    if (st.size > MAX_FILE_BYTES) return tooLarge(st.size, display);
    return decode(readFileSync(fd), display);
  } finally {
    closeSync(fd);
  }
}

function tooLarge(size: number, display: string): ReadResult {
  return fail(
    display,
    'NAP002',
    1,
    1,
    `the file is ${formatMiB(size)}, over nap's limit of ${formatMiB(MAX_FILE_BYTES)} (${MAX_FILE_BYTES} bytes); it was not read`,
    'split the plan into smaller files, or check that this is the right file',
  );
}

/** Bytes to text, with the same checks as a file read from disk. */
export function decode(bytes: Uint8Array, display: string): ReadResult {
  if (bytes.length > MAX_FILE_BYTES) return tooLarge(bytes.length, display);
  // A file of fewer bytes than the limit has fewer lines: the count is skipped for most files.
  if (bytes.length > MAX_LINES && lineStart(bytes, MAX_LINES + 1) < bytes.length) {
    return fail(
      display,
      'NAP002',
      MAX_LINES + 1,
      1,
      `the file has more than ${MAX_LINES} lines, over nap's limit; it was not read`,
      'split the plan into smaller files, or check that this is the right file',
    );
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail(
      display,
      'NAP001',
      1,
      1,
      'the file is saved as UTF-16, not UTF-8',
      'save the file again with the encoding UTF-8',
    );
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, column } = positionOfByte(bytes, nul);
    return fail(
      display,
      'NAP001',
      line,
      column,
      'the file contains a NUL byte: it looks like a binary file, not YAML text',
      'give nap the YAML file of the plan; if this is it, remove the binary content',
    );
  }
  if (!isUtf8(bytes)) {
    const bad = firstInvalidUtf8(bytes);
    const { line, column } = positionOfByte(bytes, bad);
    return fail(
      display,
      'NAP001',
      line,
      column,
      `the file is not valid UTF-8 (byte 0x${bytes[bad]?.toString(16).padStart(2, '0')} at offset ${bad}); it was probably saved as Latin-1 or Windows-1252`,
      'save the file again with the encoding UTF-8',
    );
  }
  // TextDecoder drops a leading byte-order mark, which editors on Windows add.
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
}

function fail(
  file: string,
  code: StageCode<'read'>,
  line: number,
  column: number,
  message: string,
  fix: string,
): ReadResult {
  return { ok: false, finding: findingAt(code, file, { line, column }, message, fix) };
}

/** Byte offset where a 1-based line starts, or the length when the text has fewer lines. */
function lineStart(bytes: Uint8Array, line: number): number {
  let at = 0;
  for (let n = 1; n < line; n++) {
    const nl = bytes.indexOf(0x0a, at);
    if (nl === -1) return bytes.length;
    at = nl + 1;
  }
  return at;
}

function formatMiB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** Line and column (in characters of the valid text before it) of a byte offset. */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = bytes.subarray(0, offset);
  const lineStart = before.lastIndexOf(0x0a) + 1;
  let line = 1;
  for (const b of before) if (b === 0x0a) line++;
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column };
}

/** Offset of the first byte that breaks UTF-8 (called only when isUtf8 said no). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    if (len > 1 && !isUtf8(bytes.subarray(i, i + len))) return i;
    i += len;
  }
  return bytes.length;
}
