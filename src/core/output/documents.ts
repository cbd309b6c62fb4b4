import { availableParallelism } from 'node:os';
import { InterruptedError } from '../errors.js';
import { BROWSER_TIMEOUT_MS, type BrowserSession, openBrowser } from '../pdf/browser.js';
import { findBrowser } from '../pdf/finder.js';
import { type PrintJob, printPdf, renderedFirst } from '../pdf/print.js';
import { writeAtomic } from './atomic.js';
import { type FolderFile, writeFolderAtomic } from './folder.js';

/**
 * One file of a run: ready content, or a document the browser prints to PDF; or a whole
 * folder of ready files (a site), written at once (output/folder.ts).
 */
export type OutputJob =
  | { target: string; content: string | Uint8Array }
  | { target: string; print: PrintJob }
  | { target: string; folder: readonly FolderFile[] };

export interface StageOptions {
  env: Readonly<Record<string, string | undefined>>;
  platform: string;
  /** Input files of the run: never overwritten. */
  inputs: ReadonlySet<string>;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Documents printed at once; the machine's cores by default. */
  concurrency?: number;
  /** Told of each file as soon as it is written, so a later failure does not hide it. */
  onWritten?: (path: string) => void;
  /**
   * Catches interrupting signals until released (the CLI's), so this stage can clean up;
   * `lastResort` runs synchronously if a second signal ends the process at once.
   */
  holdSignals?: (lastResort?: () => void) => () => void;
  /** The browser to print with; tests inject their own. */
  launch?: (o: LaunchOptions) => Promise<BrowserSession>;
}

/**
 * The one place where a run's files are written: atomically, input files protected,
 * PDFs printed by one browser started only when a job needs it, several at once,
 * and everything closed in `finally` and on Ctrl-C.
 */
export class DocumentStage {
  #browser: Promise<BrowserSession> | undefined;
  #release: (() => void) | undefined;
  /** Whether the browser has started (connected), or is still starting. */
  #started = false;
  /** Synchronous kills of the browsers started, for a process that must exit now. */
  readonly #lastResorts: (() => void)[] = [];
  readonly written: string[] = [];

  /** Input files of the run, never overwritten: those of the options and those protected later. */
  readonly #inputs: Set<string>;

  constructor(private readonly o: StageOptions) {
    this.#inputs = new Set(o.inputs);
  }

  /** Adds input files known only once the stage has started (the browser warms up while they are read). */
  protect(inputs: Iterable<string>): void {
    for (const i of inputs) this.#inputs.add(i);
  }

  /**
   * Starts the browser now, in the background, when the caller knows PDFs will follow, and opens
   * the pages of the first of them (`documents` is how many there will be).
   */
  warmUp(documents = 1): void {
    const pages = Math.min(documents, this.#limit());
    // A failure is reported in write(), where the session is awaited.
    this.#session().then(
      (s) => s.warm(pages),
      () => undefined,
    );
  }

  /** Documents printed at once. */
  #limit(): number {
    return Math.max(1, this.o.concurrency ?? availableParallelism());
  }

  /** Writes every job: ready files first, in order, then the printed ones. Returns the paths written. */
  async write(jobs: readonly OutputJob[]): Promise<string[]> {
    this.#hold();
    const done: string[] = [];
    const save = async (target: string, data: string | Uint8Array | readonly FolderFile[]) => {
      this.#check();
      if (typeof data === 'string' || data instanceof Uint8Array) await writeAtomic(target, data, this.#inputs);
      else await writeFolderAtomic(target, data, this.#inputs, () => this.#check());
      done.push(target);
      this.written.push(target);
      this.o.onWritten?.(target);
    };
    const printed: { target: string; print: PrintJob }[] = [];
    for (const job of jobs) {
      if ('print' in job) printed.push(job);
      else await save(job.target, 'folder' in job ? job.folder : job.content);
    }
    if (!printed.length) return done;
    const limit = this.#limit();
    this.#check();
    // The browser is asked for first (if warmUp did not), then, while it is still starting, the
    // documents printed first are rendered; otherwise each is rendered while its page opens (printPdf).
    const starting = this.#session();
    starting.catch(() => undefined); // awaited below
    if (!this.#started)
      for (const [i, job] of printed.entries()) if (i < limit) printed[i] = { ...job, print: renderedFirst(job.print) };
    // A browser start cut short by a signal is an interruption, not a broken browser.
    const session = await starting.catch((err: unknown) => {
      this.#check();
      throw err;
    });
    // Each PDF is saved as soon as it is printed, so a later failure loses none already made.
    const saved = new Set<string>();
    await inParallel(printed, limit, async (job) => {
      let pdf: Uint8Array;
      try {
        pdf = await printPdf(session, job.print, this.o.timeoutMs ?? BROWSER_TIMEOUT_MS);
      } finally {
        this.#check(); // a print cut short by Ctrl-C is an interruption, not a browser failure
      }
      await save(job.target, pdf);
      saved.add(job.target);
    });
    // In the order of the jobs, whatever order the prints finished in.
    return [...done.filter((t) => !saved.has(t)), ...printed.filter((j) => saved.has(j.target)).map((j) => j.target)];
  }

  /** Closes the browser if one was started; safe to call twice. */
  async close(): Promise<void> {
    const browser = this.#browser;
    this.#browser = undefined;
    try {
      // A browser still starting (the run failed while it warmed up) is killed, not waited for:
      // a hung start would hold the answer until its timeout.
      if (browser !== undefined && !this.#started) for (const kill of this.#lastResorts) kill();
      if (browser !== undefined)
        await browser.then(
          (s) => s.close(),
          () => undefined,
        );
    } finally {
      this.#release?.();
      this.#release = undefined;
    }
  }

  /** From the first file or browser on, a signal must let this stage clean up. */
  #hold(): void {
    this.#release ??= this.o.holdSignals?.(() => {
      for (const kill of this.#lastResorts) kill();
    });
  }

  #session(): Promise<BrowserSession> {
    if (!this.#browser) {
      this.#hold();
      const timeoutMs = this.o.timeoutMs ?? BROWSER_TIMEOUT_MS;
      const launch = this.o.launch ?? defaultLaunch;
      this.#browser = launch({
        env: this.o.env,
        platform: this.o.platform,
        timeoutMs,
        signal: this.o.signal,
        onSpawn: (killNow) => this.#lastResorts.push(killNow),
      });
      this.#browser.then(
        () => {
          this.#started = true;
        },
        () => undefined,
      );
    }
    return this.#browser;
  }

  #check(): void {
    if (this.o.signal?.aborted) throw new InterruptedError(signalOf(this.o.signal));
  }
}

/** Runs `fn` with a stage and closes it whatever happens. */
export async function withDocumentStage<T>(o: StageOptions, fn: (stage: DocumentStage) => Promise<T>): Promise<T> {
  const stage = new DocumentStage(o);
  try {
    return await fn(stage);
  } finally {
    await stage.close();
  }
}

export interface LaunchOptions {
  env: StageOptions['env'];
  platform: string;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Receives a synchronous kill of the browser as soon as its process exists. */
  onSpawn?: (killNow: () => void) => void;
}

async function defaultLaunch(o: LaunchOptions): Promise<BrowserSession> {
  const { env, timeoutMs, signal, onSpawn } = o;
  return openBrowser(await findBrowser(env, o.platform), { timeoutMs, signal, env, onSpawn });
}

/** The signal an abort reason names (the CLI aborts with 'SIGTERM' or 'SIGHUP'); Ctrl-C otherwise. */
export function signalOf(signal: AbortSignal): 'SIGINT' | 'SIGTERM' | 'SIGHUP' {
  const r = signal.reason;
  return r === 'SIGTERM' || r === 'SIGHUP' ? r : 'SIGINT';
}

/**
 * Runs fn over items with at most `limit` at once. After a failure no new item starts; the
 * ones under way finish (each step is bounded by its timeout), then the first error is thrown.
 */
async function inParallel<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (next < items.length && !failed) {
      const item = items[next++]!;
      try {
        await fn(item);
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  };
  const settled = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, worker));
  const rejected = settled.find((s) => s.status === 'rejected');
  if (rejected) throw rejected.reason;
}
