import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT, edit, PLAN, PROGRESS } from '../helpers.js';
import { nap, workspace } from './harness.js';

const plans = () =>
  workspace({
    'plans/t-2020/plan.yaml': PLAN.replace('supersedes: t-2016\n', ''),
    'plans/t-2020/progress/2021.yaml': PROGRESS,
    'plans/t-2020/assessments/2021/wps-network.yaml': ASSESSMENT,
    'plans/t-2020/assessments/2021/other.yaml': edit(
      ASSESSMENT,
      'id: wps-network, name: WPS Network',
      'id: other, name: Other',
    ),
  });

describe('nap report --kind shadow', () => {
  it('writes one shadow report per assessor of the year, named after it', async () => {
    const cwd = plans();
    const r = await nap(['report', '--year', '2021', '--kind', 'shadow', '--format', 'html'], { cwd });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'wrote reports/t-2020-2021-shadow-other.en.html\nwrote reports/t-2020-2021-shadow-wps-network.en.html\n',
    );
    const html = readFileSync(join(cwd, 'reports/t-2020-2021-shadow-wps-network.en.html'), 'utf8');
    expect(html).toContain('<h1>By WPS Network</h1>');
    expect(html).toContain('Half done.'); // the government's account, quoted
  });

  it('writes one assessor’s with --assessor, and refuses an assessor without assessment', async () => {
    const cwd = plans();
    const one = await nap(['report', '--year', '2021', '-k', 'shadow', '--assessor', 'other', '-f', 'html'], { cwd });
    expect(one.stdout).toBe('wrote reports/t-2020-2021-shadow-other.en.html\n');
    const none = await nap(['report', '--year', '2021', '-k', 'shadow', '--assessor', 'wps', '-f', 'html'], { cwd });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("no assessment of 2021 is by 'wps'");
    expect(none.stderr).toContain('use --assessor with one of: other, wps-network');
    const year = await nap(['report', '--year', '2022', '-k', 'shadow', '-f', 'html'], { cwd });
    expect(year.code).toBe(2);
    expect(year.stderr).toContain('there is no assessment of 2022');
    const kind = await nap(['report', '--year', '2021', '--assessor', 'other'], { cwd });
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('--assessor chooses a shadow report');
  });
});
