// The zip reader moved down to datacall/, where nap request also compares a return with one already written.
export { unpack, type ZipEntry, ZipError, zipEntries } from '../datacall/zip.js';
