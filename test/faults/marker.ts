import { readdirSync, readFileSync } from 'node:fs';

/** Processes (Linux) whose environment carries this run's marker: the nap process and every browser it started. */
export function marked(marker: string): number[] {
  const pids: number[] = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (readFileSync(`/proc/${pid}/environ`, 'latin1').includes(`NAP_TEST_MARKER=${marker}`)) pids.push(Number(pid));
    } catch {
      // gone, or not ours to read
    }
  }
  return pids;
}

/** Waits until no marked process is left, or the time is up; returns those left. */
export async function settle(marker: string, ms = 5000): Promise<number[]> {
  const end = Date.now() + ms;
  for (;;) {
    const left = marked(marker);
    if (!left.length || Date.now() > end) return left;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until the nap process has started a browser (more than one marked process). */
export async function browserRunning(marker: string, ms = 30_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (marked(marker).length < 2 && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  return marked(marker).length > 1;
}
