import type { PlanFolder } from '../load/plan-files.js';
import { type FolderSummary, summarizeFolder } from './summary.js';
import { CheckThreads, threadsFor } from './threads.js';

/** What a thread sends for each folder it took. */
export type FolderMessage = { index: number; summary: FolderSummary } | { index: number; failed: true };

/**
 * Checks plan folders on up to `jobs` threads, this one included. The threads take folders from
 * one shared counter, so a large plan does not leave the others idle. A folder a thread could
 * not check (an unreadable file, a thread that died) is checked again here, where its error is
 * raised as usual. The summaries come back in the order of the folders. Threads started early
 * (`early`) are used when the folders are worth threads, and ended otherwise.
 */
export async function validateFolders(
  folders: readonly PlanFolder[],
  cwd: string,
  jobs: number,
  early?: CheckThreads,
): Promise<FolderSummary[]> {
  const siblings = new Map<string, Promise<Set<string>>>(); // plan ids by plans root, listed once per thread
  const results: (FolderSummary | undefined)[] = new Array(folders.length);
  const threads = threadsFor(folders.length, jobs);
  if (threads < 2) early?.stop();
  const pool = threads < 2 ? undefined : (early ?? CheckThreads.start(threads - 1));
  if (pool) {
    const counter = new Int32Array(new SharedArrayBuffer(4));
    const ended = pool.run({ folders, cwd, counter: counter.buffer }, (m) => {
      const message = m as FolderMessage;
      if ('summary' in message) results[message.index] = message.summary;
    });
    for (let i = Atomics.add(counter, 0, 1); i < folders.length; i = Atomics.add(counter, 0, 1))
      results[i] = await summarizeFolder(folders[i]!, cwd, siblings);
    await ended;
  }
  for (const [i, folder] of folders.entries()) results[i] ??= await summarizeFolder(folder, cwd, siblings);
  return results as FolderSummary[];
}
