import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { edit, PLAN, PROGRESS } from '../helpers.js';
import { nap, workspace } from './harness.js';

// The input policy (README, "nap validate"): a link is followed only when its real target stays
// inside the plans root; pipes, devices and names that are not UTF-8 are refused; files nap does
// not read are named. Each case runs on real links and pipes in a temporary folder.

const SECRET = '//registry.npmjs.org/:_authToken=npm_s3cr3tT0k3n';
const T2016 = PLAN.replace('id: t-2020', 'id: t-2016').replace('supersedes: t-2016\n', '');

const plans = (extra: Record<string, string> = {}) =>
  workspace({ 'plans/t-2020/plan.yaml': PLAN, 'plans/t-2016/plan.yaml': T2016, ...extra });

async function validate(cwd: string, args: string[] = []) {
  const r = await nap(['validate', ...args, '--format', 'json'], { cwd });
  const findings = JSON.parse(r.stdout) as Array<{ file: string; code: string; severity: string; message: string }>;
  return { code: r.code, all: r.stdout + r.stderr, found: findings.map((f) => `${f.code} ${f.file}`), findings };
}

const link = (cwd: string, target: string, path: string) => {
  mkdirSync(join(cwd, path, '..'), { recursive: true });
  symlinkSync(target, join(cwd, path));
};

describe('links that stay inside the plans folder are followed', () => {
  it('a progress file linked to another file of the plans folder is read, not skipped', async () => {
    const cwd = plans({ 'plans/shared/2021.yaml': edit(PROGRESS, '  2.a:', '  2.b:') });
    link(cwd, join(cwd, 'plans/shared/2021.yaml'), 'plans/t-2020/progress/2021.yaml');
    const r = await validate(cwd);
    expect(r.found).toEqual(['NAP053 plans/t-2020/progress/2021.yaml']);
  });

  it('so are a linked progress folder and a linked year folder', async () => {
    const cwd = plans({ 'plans/shared/y/police.yaml': edit(PROGRESS, '  2.a:', '  2.b:') });
    link(cwd, '../../shared/y', 'plans/t-2020/progress/2021');
    let r = await validate(cwd);
    expect(r.found).toEqual(['NAP053 plans/t-2020/progress/2021/police.yaml']);
    link(cwd, '../t-2020/progress', 'plans/t-2016/progress');
    r = await validate(cwd, ['plans/t-2016']);
    expect(r.found).toEqual([
      'NAP050 plans/t-2016/progress/2021/police.yaml',
      'NAP053 plans/t-2016/progress/2021/police.yaml',
    ]);
  });

  it('a link to a plan folder is that plan, under its own name, checked once', async () => {
    const cwd = plans({ 'plans/t-2020/progress/2021.yaml': PROGRESS });
    link(cwd, 't-2020', 'plans/current');
    const all = await nap(['validate'], { cwd });
    expect(all.stdout).toBe('✔ no problems (3 files checked)\n');
    const named = await nap(['validate', 'plans/current'], { cwd });
    expect(named.stdout).toBe('✔ no problems (2 files checked)\n'); // not NAP035: the folder is t-2020
    const report = await nap(['report', 'current', '--year', '2021', '--format', 'html', '--kind', 'brief'], { cwd });
    expect(report.code).toBe(0);
  });
});

describe('what leads out of the plans folder is refused, named, never shown', () => {
  it('plan.yaml linked to a private file: NAP016 on the link, and not a word of the file', async () => {
    const cwd = workspace({ 'home/.npmrc': SECRET, 'plans/t-2016/plan.yaml': T2016 });
    link(cwd, join(cwd, 'home/.npmrc'), 'plans/t-2020/plan.yaml');
    const r = await validate(cwd);
    expect(r.code).toBe(1);
    expect(r.findings).toEqual([
      expect.objectContaining({
        code: 'NAP016',
        file: 'plans/t-2020/plan.yaml',
        message: 'this is a link to a file outside the plans folder; nap does not follow it',
      }),
    ]);
    expect(r.all).not.toContain('s3cr3t');
    const stylish = await nap(['validate'], { cwd });
    expect(stylish.stdout + stylish.stderr).not.toContain('s3cr3t');
  });

  it('stops nap report and nap diff like any other error', async () => {
    const cwd = workspace({ 'home/.npmrc': SECRET, 'plans/t-2016/plan.yaml': T2016 });
    link(cwd, join(cwd, 'home/.npmrc'), 'plans/t-2020/plan.yaml');
    const report = await nap(['report', 't-2020', '--year', '2021', '--format', 'html'], { cwd });
    expect(report.code).toBe(1);
    expect(report.stdout + report.stderr).toContain('NAP016');
    expect(report.stdout + report.stderr).not.toContain('s3cr3t');
    const diff = await nap(['diff', 't-2016', 't-2020'], { cwd });
    expect(diff.code).toBe(1);
    expect(diff.stdout + diff.stderr).toContain('NAP016');
  });

  it('a progress file, a year folder, progress/ itself and a plan folder linked outside', async () => {
    const cwd = plans({ 'elsewhere/2021.yaml': PROGRESS, 'elsewhere/y/police.yaml': PROGRESS });
    mkdirSync(join(cwd, 'elsewhere/t-2019'));
    writeFileSync(join(cwd, 'elsewhere/t-2019/plan.yaml'), PLAN.replace('t-2020', 't-2019'));
    link(cwd, join(cwd, 'elsewhere/2021.yaml'), 'plans/t-2020/progress/2021.yaml');
    link(cwd, join(cwd, 'elsewhere/y'), 'plans/t-2020/progress/2022');
    link(cwd, join(cwd, 'elsewhere'), 'plans/t-2016/progress');
    link(cwd, join(cwd, 'elsewhere/t-2019'), 'plans/t-2019');
    const r = await validate(cwd);
    expect(r.found).toEqual([
      'NAP016 plans/t-2016/progress',
      'NAP016 plans/t-2019',
      'NAP016 plans/t-2020/progress/2021.yaml',
      'NAP016 plans/t-2020/progress/2022',
    ]);
    expect(r.findings.map((f) => f.message)).toContain(
      'this is a link to a folder outside the plans folder; nap does not follow it',
    );
  });

  it('a broken link is named', async () => {
    const cwd = plans();
    link(cwd, 'nowhere.yaml', 'plans/t-2020/progress/2021.yaml');
    const r = await validate(cwd);
    expect(r.found).toEqual(['NAP016 plans/t-2020/progress/2021.yaml']);
    expect(r.findings[0]!.message).toContain('a link that leads nowhere');
  });
});

describe('what is not a regular file is refused without being opened', () => {
  it('a named pipe as plan.yaml or as a progress file, also behind a link: no hang', async () => {
    const cwd = plans({ 'plans/t-2020/progress/2021.yaml': PROGRESS });
    execFileSync('mkfifo', [join(cwd, 'plans/t-2016/plan.yaml.pipe')]);
    execFileSync('mv', [join(cwd, 'plans/t-2016/plan.yaml.pipe'), join(cwd, 'plans/t-2016/plan.yaml')]);
    execFileSync('mkfifo', [join(cwd, 'plans/t-2020/progress/2022.yaml')]);
    link(cwd, '2022.yaml', 'plans/t-2020/progress/2023.yaml');
    const r = await validate(cwd);
    expect(r.code).toBe(1);
    expect(r.found).toEqual([
      'NAP016 plans/t-2016/plan.yaml',
      'NAP016 plans/t-2020/progress/2022.yaml',
      'NAP016 plans/t-2020/progress/2023.yaml',
    ]);
    expect(r.findings[0]!.message).toBe('this is a named pipe, not a regular file; it was not read');
    const named = await validate(cwd, ['plans/t-2016/plan.yaml']);
    expect(named.found).toEqual(['NAP016 plans/t-2016/plan.yaml']);
  });

  it('a device linked in place of a progress file is refused as a link out of the folder, never opened', async () => {
    const cwd = plans();
    link(cwd, '/dev/zero', 'plans/t-2020/progress/2021.yaml');
    const r = await validate(cwd);
    expect(r.found).toEqual(['NAP016 plans/t-2020/progress/2021.yaml']);
  });
});

describe('names that are not UTF-8', () => {
  it('are named (lossily) in a finding instead of failing to read', async () => {
    const cwd = plans({ 'plans/t-2020/progress/2021.yaml': PROGRESS });
    const bytes = (path: string) => Buffer.concat([Buffer.from(`${cwd}/`), Buffer.from(path, 'latin1')]);
    writeFileSync(bytes('plans/t-2020/progress/caf\u00e9.yaml'), PROGRESS);
    mkdirSync(bytes('plans/t-2020/progress/ann\u00e9e'));
    mkdirSync(bytes('plans/f\u00eate'));
    writeFileSync(bytes('plans/f\u00eate/plan.yaml'), PLAN);
    const r = await validate(cwd);
    expect(r.code).toBe(1);
    expect(r.found).toEqual([
      'NAP016 plans/f\ufffdte',
      'NAP016 plans/t-2020/progress/ann\ufffde',
      'NAP016 plans/t-2020/progress/caf\ufffd.yaml',
    ]);
    expect(r.findings[2]!.message).toBe(
      'the name of this file is not valid UTF-8 (shown here with \ufffd); it was not read',
    );
  });
});

describe('files in a plan folder that nap does not read', () => {
  const cwd = () =>
    plans({
      'plans/t-2020/2016.yaml': PROGRESS,
      'plans/t-2020/notes.md': '# notes',
      'plans/t-2020/.DS_Store': 'x',
      'plans/t-2020/progress/readme.txt': 'x',
      'plans/t-2020/progress/2021.yaml': PROGRESS,
      'plans/t-2020/progress/2021/police.yml.bak': PROGRESS,
      'plans/t-2020/progress/2021/deeper/police.yaml': PROGRESS,
      'plans/t-2020/progress/.2021.yaml.swp': 'x',
    });

  it('are each named in a warning that says why', async () => {
    const r = await validate(cwd());
    expect(r.code).toBe(0);
    expect(r.findings.map((f) => `${f.severity} ${f.code} ${f.file}: ${f.message}`)).toEqual([
      'warning NAP059 plans/t-2020/2016.yaml: this file was not read: progress files belong in progress/ (progress/2016.yaml)',
      'warning NAP059 plans/t-2020/notes.md: this file was not read: a plan folder holds plan.yaml, progress/, narrative/ and assessments/ only',
      'warning NAP059 plans/t-2020/progress/2021/deeper: this folder was not read: progress files sit in progress/ or in a year folder such as progress/2015/, not deeper',
      'warning NAP059 plans/t-2020/progress/2021/police.yml.bak: this file was not read: only .yaml and .yml files are progress files',
      'warning NAP059 plans/t-2020/progress/readme.txt: this file was not read: only .yaml and .yml files are progress files',
    ]);
  });

  it('fail with --strict, as warnings do', async () => {
    const r = await nap(['validate', '--strict'], { cwd: cwd() });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('NAP059');
  });
});

describe('a plan folder named directly, outside any folder of plans', () => {
  it('may not follow a link to a file beside it: its parent is no boundary', async () => {
    const cwd = workspace({
      'home/.npmrc': 'secret: "TOKEN=abc123"\n',
      'home/myplan/plan.yaml': PLAN.replace('supersedes: t-2016\n', '').replace('id: t-2020', 'id: myplan'),
    });
    mkdirSync(join(cwd, 'home/myplan/progress'));
    symlinkSync('../../.npmrc', join(cwd, 'home/myplan/progress/2021.yaml'));
    const r = await nap(['validate', 'home/myplan'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('NAP016');
    expect(r.stdout + r.stderr).not.toContain('TOKEN=abc123');
  });
});

describe('naming a narrative file or folder', () => {
  it('validates its plan, as naming a progress file does', async () => {
    const cwd = workspace({
      'plans/t-2020/plan.yaml': PLAN.replace('supersedes: t-2016\n', ''),
      'plans/t-2020/narrative/2021.yaml': 'nap: 1\nplan: t-2020\nyear: 2021\nintroduction: A year of work.\n',
    });
    for (const path of ['plans/t-2020/narrative/2021.yaml', 'plans/t-2020/narrative']) {
      const r = await nap(['validate', path], { cwd });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(r.stdout).toMatch(/\d+ files checked/);
    }
  });
});
