import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PlanFolder } from '../load/plan-files.js';

/** The thread's script, beside this file once built (under a test runner on the sources, none). */
const WORKER = new URL('./worker.js', import.meta.url);
/** Below this many folders per thread, starting a thread (its own module loading) costs more than it saves. */
export const FOLDERS_PER_THREAD = 8;

/** How many threads, this one included, a run over `count` plan folders is worth. */
export const threadsFor = (count: number, jobs: number) => Math.min(jobs, Math.ceil(count / FOLDERS_PER_THREAD));

/** What the main thread hands each thread: the folders and the counter they are taken by. */
export interface ThreadWork {
  folders: readonly PlanFolder[];
  cwd: string;
  counter: SharedArrayBuffer;
}

/**
 * Threads that check plan folders (worker.ts). Each loads nap's checks as soon as it starts,
 * then waits for its work: started before the main thread has loaded them and listed the plans,
 * a thread is ready about when the plans are (its start was a sixth of the run for 200 plans).
 */
export class CheckThreads {
  private constructor(private readonly workers: Worker[]) {}

  /** `count` threads, or none where there is no built thread script (a test runner on the sources). */
  static start(count: number): CheckThreads | undefined {
    if (count < 1 || !WORKER.pathname.endsWith('.js') || !existsSync(fileURLToPath(WORKER))) return undefined;
    return new CheckThreads(Array.from({ length: count }, () => new Worker(WORKER)));
  }

  /** Hands every thread the work; resolves when all have ended (a thread that failed has simply ended). */
  run(work: ThreadWork, onMessage: (message: unknown) => void): Promise<void> {
    return Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<void>((done) => {
            worker.on('message', onMessage);
            worker.on('error', () => done());
            worker.on('exit', () => done());
            worker.postMessage(work);
          }),
      ),
    ).then(() => undefined);
  }

  /** Ends the threads not needed after all, or left over when the run failed. */
  stop(): void {
    for (const w of this.workers) void w.terminate();
  }
}

/**
 * Threads started before the plans are listed, when a cheap look at what was named shows a
 * folder of many plans (its subfolders counted, without reading them). Undefined otherwise.
 */
export function startThreadsEarly(paths: readonly string[], cwd: string, jobs: number): CheckThreads | undefined {
  if (jobs < 2) return undefined;
  let folders = 0;
  for (const p of paths.length ? paths : ['plans']) {
    const dir = resolve(cwd, p);
    try {
      if (!statSync(dir).isDirectory() || existsSync(join(dir, 'plan.yaml'))) continue;
      folders += readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).length;
    } catch {
      // not there or not readable: listing the plans will say so
    }
  }
  return CheckThreads.start(threadsFor(folders, jobs) - 1);
}
