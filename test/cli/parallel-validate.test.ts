import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { discoverPlans } from '../../src/core/load/discover.js';
import { edit, PLAN, PROGRESS } from '../helpers.js';
import { workspace } from './harness.js';

const bin = fileURLToPath(new URL('../../bin/nap.js', import.meta.url));

/** 30 plans, every third with a schema error, every fifth with a broken progress file, one with a YAML error. */
function manyPlans(): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < 30; i++) {
    const id = `p-${String(i).padStart(2, '0')}`;
    let plan = edit(PLAN.replace('supersedes: t-2016\n', ''), 'id: t-2020', `id: ${id}`);
    if (i % 3 === 0) plan = edit(plan, 'lang: en', 'lnag: en');
    if (i === 7) plan += 'title: twice\n';
    files[`plans/${id}/plan.yaml`] = plan;
    let progress = edit(PROGRESS, 'plan: t-2020', `plan: ${id}`);
    if (i % 5 === 0) progress = edit(progress, 'status: completed', 'status: done');
    files[`plans/${id}/progress/2021.yaml`] = progress;
  }
  return workspace(files);
}

/** The built nap (npm run build first): threads run the built worker script. */
function validate(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, [bin, 'validate', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 30_000, // a run that hangs fails here rather than hold the suite
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('nap validate --jobs', () => {
  it("runs the bundled CLI's worker, which checks the folders it is handed", async () => {
    // A thread that fails to start is no error (its folders are checked on the main thread), so
    // the worker beside the bundled CLI, dist/app/worker.js, is run here on its own.
    const cwd = manyPlans();
    const folders = await discoverPlans(['plans'], cwd);
    const counter = new SharedArrayBuffer(4);
    const worker = new Worker(new URL('../../dist/app/worker.js', import.meta.url));
    const messages: { index: number; summary?: { files: string[] }; failed?: true }[] = [];
    await new Promise<void>((done, fail) => {
      worker.on('message', (m) => messages.push(m));
      worker.on('error', fail);
      worker.on('exit', () => done());
      worker.postMessage({ folders, cwd, counter });
      // The worker ends when the counter runs past the last folder; then nothing keeps it alive.
    });
    expect(messages.map((m) => m.index).sort((a, b) => a - b)).toEqual(folders.map((_, i) => i));
    expect(messages.filter((m) => m.failed)).toEqual([]);
    expect(messages.find((m) => m.index === 0)?.summary?.files).toEqual([
      'plans/p-00/plan.yaml',
      'plans/p-00/progress/2021.yaml',
    ]);
  });

  it('prints exactly the same findings, in the same order, on one thread or several', () => {
    const dir = manyPlans();
    for (const format of ['json', 'stylish']) {
      const one = validate(dir, ['--format', format, '--jobs', '1']);
      const three = validate(dir, ['--format', format, '--jobs', '3']);
      expect(one.status).toBe(1);
      expect(three).toEqual(one);
    }
    // Not vacuous: every kind of finding planted is there.
    const { stdout } = validate(dir, ['--format', 'json', '--jobs', '3']);
    const codes = new Set((JSON.parse(stdout) as { code: string }[]).map((f) => f.code));
    expect([...codes].sort()).toEqual(expect.arrayContaining(['NAP005', 'NAP020', 'NAP023']));
  });

  it('ends the threads started before the plans were listed, when there turn out to be none', () => {
    // 30 folders: threads start at once; none holds a plan.yaml, so listing the plans fails.
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`plans/empty-${i}/notes.txt`] = 'not a plan';
    const started = Date.now();
    const r = validate(workspace(files), ['plans', '--jobs', '3']);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain('no plan found in plans');
    expect(Date.now() - started).toBeLessThan(15_000); // a thread left waiting would keep nap running
  });

  it('ends them too when the folders found are too few to be worth threads', () => {
    const files: Record<string, string> = {
      'plans/t-2020/plan.yaml': PLAN.replace('supersedes: t-2016\n', ''),
      'plans/t-2020/progress/2021.yaml': PROGRESS,
    };
    for (let i = 0; i < 30; i++) files[`plans/other-${i}/notes.txt`] = 'not a plan';
    const r = validate(workspace(files), ['plans', '--jobs', '3']);
    expect(r.status, r.stderr).toBe(0);
  });

  it('refuses a number of threads that is not one or more', () => {
    const r = validate(workspace(), ['--jobs', '0']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--jobs takes a whole number from 1 to 64');
  });
});
