import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PlanFolder } from '../load/plan-files.js';
import { type FolderSummary, summarizeFolder } from './summary.js';

/** The thread's script, beside this file once built (under a test runner on the sources, none). */
const WORKER = new URL('./worker.js', import.meta.url);
/** Below this many folders per thread, starting a thread (its own module loading) costs more than it saves. */
const FOLDERS_PER_THREAD = 8;

/** What a thread sends for each folder it took. */
export type FolderMessage = { index: number; summary: FolderSummary } | { index: number; failed: true };

/**
 * Checks plan folders on up to `jobs` threads, this one included. The threads take folders from
 * one shared counter, so a large plan does not leave the others idle. A folder a thread could
 * not check (an unreadable file, a thread that died) is checked again here, where its error is
 * raised as usual. The summaries come back in the order of the folders.
 */
export async function validateFolders(
  folders: readonly PlanFolder[],
  cwd: string,
  jobs: number,
): Promise<FolderSummary[]> {
  const siblings = new Map<string, Promise<Set<string>>>(); // plan ids by plans root, listed once per thread
  const results: (FolderSummary | undefined)[] = new Array(folders.length);
  const threads = Math.min(jobs, Math.ceil(folders.length / FOLDERS_PER_THREAD));
  if (threads > 1 && WORKER.pathname.endsWith('.js') && existsSync(fileURLToPath(WORKER))) {
    const counter = new Int32Array(new SharedArrayBuffer(4));
    const workers = Array.from({ length: threads - 1 }, () => {
      const worker = new Worker(WORKER, { workerData: { folders, cwd, counter: counter.buffer } });
      worker.on('message', (m: FolderMessage) => {
        if ('summary' in m) results[m.index] = m.summary;
      });
      return new Promise<void>((resolve) => {
        worker.on('error', () => resolve());
        worker.on('exit', () => resolve());
      });
    });
    for (let i = Atomics.add(counter, 0, 1); i < folders.length; i = Atomics.add(counter, 0, 1))
      results[i] = await summarizeFolder(folders[i]!, cwd, siblings);
    await Promise.all(workers);
  }
  for (const [i, folder] of folders.entries()) results[i] ??= await summarizeFolder(folder, cwd, siblings);
  return results as FolderSummary[];
}
