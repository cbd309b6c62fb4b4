import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edit, PLAN, PROGRESS } from '../helpers.js';
import { nap, workspace } from './harness.js';

const valid = () =>
  workspace({
    'plans/t-2020/plan.yaml': PLAN,
    'plans/t-2016/plan.yaml': PLAN.replace('id: t-2020', 'id: t-2016').replace('supersedes: t-2016\n', ''),
    'plans/t-2020/progress/2021.yaml': PROGRESS,
  });
const broken = () =>
  workspace({
    'plans/t-2020/plan.yaml': edit(
      PLAN,
      '            actors: [foreign-affairs, equality]',
      '            actrs: [foreign-affairs, equality]',
    ),
    'plans/t-2020/progress/2021.yaml': edit(PROGRESS, 'status: completed', 'status: done'),
  });
const warned = () => workspace({ 'plans/t-2020/plan.yaml': PLAN, 'plans/t-2020/progress/2021.yaml': PROGRESS });

describe('nap validate', () => {
  it('exits 0 and says so when everything is valid', async () => {
    const r = await nap(['validate'], { cwd: valid() });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe('✔ no problems (3 files checked)\n');
  });

  it('exits 1 with a code frame and a fix for each problem', async () => {
    const r = await nap(['validate'], { cwd: broken() });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "plans/t-2020/plan.yaml\n  35:13  error  unknown field 'actrs' in action 1.a — did you mean 'actors'?  NAP020",
    );
    expect(r.stdout).toContain(
      '    > 35 |             actrs: [foreign-affairs, equality]\n         |             ^^^^^\n',
    );
    expect(r.stdout).toContain("fix: rename 'actrs' to 'actors'");
    expect(r.stdout).toContain('✖ 2 problems (2 errors, 0 warnings; 2 files checked)');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('colours only on a terminal, and never with NO_COLOR', async () => {
    const cwd = broken();
    expect((await nap(['validate'], { cwd, tty: true })).stdout).toMatch(/\u001b\[31m/);
    expect((await nap(['validate'], { cwd, tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(/\u001b\[/);
  });

  it('allows warnings, unless --strict; --quiet hides them', async () => {
    const cwd = warned();
    const r = await nap(['validate'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('NAP036');
    expect((await nap(['validate', '--strict'], { cwd })).code).toBe(1);
    const q = await nap(['validate', '--quiet'], { cwd });
    expect(q.stdout).not.toContain('NAP036');
  });

  it('prints the documented JSON array on stdout only', async () => {
    const r = await nap(['validate', '--format', 'json'], { cwd: broken() });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toHaveLength(2);
    expect(r.stdout).toMatchSnapshot();
  });

  it('prints GitHub workflow commands, and a summary when GITHUB_STEP_SUMMARY is set', async () => {
    const cwd = broken();
    const summary = join(cwd, 'summary.md');
    const r = await nap(['validate', '--format', 'github'], { cwd, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')[0]).toBe(
      "::error file=plans/t-2020/plan.yaml,line=35,col=13,endLine=35,endColumn=18,title=NAP020 Unknown field::plans/t-2020/plan.yaml:35:13 unknown field 'actrs' in action 1.a — did you mean 'actors'? (fix: rename 'actrs' to 'actors')",
    );
    const md = readFileSync(summary, 'utf8');
    expect(md).toContain('### nap validate: 2 errors, 0 warnings in 2 files');
    expect(md).toContain('| error | `plans/t-2020/progress/2021.yaml:13:13` | NAP023 |');
  });

  it('prints SARIF 2.1.0 with rules and located results', async () => {
    const r = await nap(['validate', '--format', 'sarif'], { cwd: broken() });
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('nap');
    expect(run.results).toHaveLength(2);
    const first = run.results[0];
    expect(run.tool.driver.rules[first.ruleIndex].id).toBe(first.ruleId);
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'plans/t-2020/plan.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 35, startColumn: 13, endLine: 35, endColumn: 18 },
    });
  });

  it('accepts a plan folder, a plan.yaml, a progress file or a plan id', async () => {
    const cwd = valid();
    for (const arg of [
      'plans/t-2020',
      'plans/t-2020/plan.yaml',
      'plans/t-2020/progress/2021.yaml',
      't-2020',
      'plans',
    ]) {
      const r = await nap(['validate', arg], { cwd });
      expect(r.code, arg).toBe(0);
    }
    expect((await nap(['validate', 't-2020'], { cwd })).stdout).toContain('2 files checked');
  });

  it('exits 2 for a missing path, with a hint and no stack trace', async () => {
    const r = await nap(['validate', 'plans/nope'], { cwd: valid() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^nap: plans\/nope: no such file or folder/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 when there is no plans folder', async () => {
    const r = await nap(['validate'], { cwd: workspace() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/there is no plans folder here/);
  });

  it('exits 2 for a file that is not part of a plan, and for a folder without plans', async () => {
    const cwd = workspace({ 'notes.yaml': 'a: 1\n', 'empty/readme.txt': 'x' });
    expect((await nap(['validate', 'notes.yaml'], { cwd })).code).toBe(2);
    expect((await nap(['validate', 'empty'], { cwd })).stderr).toMatch(/no plan found in empty/);
  });

  it('exits 2 for usage errors', async () => {
    const cwd = valid();
    expect((await nap(['validate', '--format', 'xml'], { cwd })).code).toBe(2);
    expect((await nap(['validate', '--nope'], { cwd })).code).toBe(2);
    expect((await nap(['frobnicate'], { cwd })).code).toBe(2);
  });

  it('teaches through --help', async () => {
    const r = await nap(['validate', '--help'], { cwd: valid() });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('--format <format>');
    expect(r.stdout).toContain('Exit codes: 0 valid');
  });
});
