import { parentPort } from 'node:worker_threads';
import type { FolderMessage } from './parallel.js';
import { summarizeFolder } from './summary.js';
import type { ThreadWork } from './threads.js';

// A thread of validateFolders: loads the checks (the imports above) as soon as it starts, waits
// for its work, then takes folders from the shared counter until none is left.
parentPort!.once('message', async ({ folders, cwd, counter }: ThreadWork) => {
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
});
