import { type Dirent, lstatSync, readdirSync, realpathSync, type Stats, statSync } from 'node:fs';

// The calls of node:fs/promises that listing plan folders (and writing outputs) use, made synchronously underneath.
// The folders are small and local and listed one after another: each asynchronous call waited a
// round trip through libuv's thread pool, 120 ms of idle time for a folder of 200 plans.
// Errors are those of the promise API (rejections with the same codes).

export const realpath = async (path: string): Promise<string> => realpathSync.native(path);
export const stat = async (path: string): Promise<Stats> => statSync(path);
export const lstat = async (path: string | Buffer): Promise<Stats> => lstatSync(path);
export const readdirEntries = async (dir: string): Promise<Dirent<Buffer>[]> =>
  readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
