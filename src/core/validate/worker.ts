import { parentPort, workerData } from 'node:worker_threads';
import type { PlanFolder } from '../load/plan-files.js';
import type { FolderMessage } from './parallel.js';
import { summarizeFolder } from './summary.js';

// A thread of validateFolders: takes folders from the shared counter until none is left.
const { folders, cwd, counter } = workerData as { folders: PlanFolder[]; cwd: string; counter: SharedArrayBuffer };
const next = new Int32Array(counter);
const siblings = new Map<string, Promise<Set<string>>>();
for (let i = Atomics.add(next, 0, 1); i < folders.length; i = Atomics.add(next, 0, 1)) {
  let message: FolderMessage;
  try {
    message = { index: i, summary: await summarizeFolder(folders[i]!, cwd, siblings) };
  } catch {
    message = { index: i, failed: true }; // checked again by the main thread, which reports the error
  }
  parentPort!.postMessage(message);
}
