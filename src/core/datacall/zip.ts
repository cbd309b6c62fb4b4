import { inflateRawSync } from 'node:zlib';

/** One part of a zip file, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

export class ZipError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries of a zip file from its central directory; a broken or ZIP64 directory throws ZipError. */
export function zipEntries(buf: Buffer, maxEntries: number): ZipEntry[] {
  const from = Math.max(0, buf.length - 65_557);
  let eocd = -1;
  for (let i = buf.length - 22; i >= from; i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('no zip directory');
  const count = buf.readUInt16LE(eocd + 10);
  const offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new ZipError('a ZIP64 archive');
  if (count > maxEntries) throw new ZipError(`${count} parts`);
  const entries: ZipEntry[] = [];
  if (offset > buf.length) throw new ZipError('a damaged zip directory');
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new ZipError('a damaged zip directory');
    const nameLength = buf.readUInt16LE(p + 28);
    const extra = buf.readUInt16LE(p + 30);
    const comment = buf.readUInt16LE(p + 32);
    if (p + 46 + nameLength > buf.length) throw new ZipError('a damaged zip directory');
    entries.push({
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      declaredSize: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLength),
    });
    p += 46 + nameLength + extra + comment;
  }
  return entries;
}

/**
 * The bytes of one entry, unpacked with a hard limit: a part that unpacks beyond `limit` throws
 * RangeError as soon as it passes it, whatever size the zip declared.
 */
export function unpack(buf: Buffer, e: ZipEntry, limit: number): Buffer {
  const p = e.localOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOCAL) throw new ZipError(`a damaged part ${e.name}`);
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  if (start + e.compressedSize > buf.length) throw new ZipError(`a damaged part ${e.name}`);
  const data = buf.subarray(start, start + e.compressedSize);
  if (e.method === 0) {
    if (data.length > limit) throw new RangeError('too large');
    return data;
  }
  if (e.method !== 8) throw new ZipError(`part ${e.name} is packed with an unknown method (${e.method})`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, limit) });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new RangeError('too large');
    throw new ZipError(`a damaged part ${e.name}`);
  }
}
