import { readFile } from 'node:fs/promises';
import { unpack, zipEntries } from '../datacall/zip.js';

/** Parts of a workbook that change with the moment it is written, not with what it asks. */
const DATED = 'docProps/core.xml';

/**
 * Whether a return already at `target` is not the one about to be written there: it may be one
 * filled in and sent back under nap's name, which nap request must not silently replace. False
 * when there is no file, or when it differs only in the dates a workbook carries (in its zip
 * headers and docProps/core.xml).
 */
export async function differsFrom(target: string, content: Uint8Array | string): Promise<boolean> {
  const old = await readFile(target).catch(() => undefined);
  if (old === undefined) return false;
  if (typeof content === 'string') return old.toString('utf8') !== content;
  const now = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  try {
    const want = new Map(zipEntries(now, 2_000).map((e) => [e.name, unpack(now, e, 256 * 1024 * 1024)]));
    const have = zipEntries(old, want.size);
    if (have.length !== want.size) return true;
    // Each old part unpacked no further than the new one's size: a larger one differs anyway.
    return have.some((e) => {
      const bytes = want.get(e.name);
      return !bytes || (e.name !== DATED && !unpack(old, e, bytes.length).equals(bytes));
    });
  } catch {
    // Not a workbook, damaged, or a part larger than the new one: not what nap would write.
    return true;
  }
}
