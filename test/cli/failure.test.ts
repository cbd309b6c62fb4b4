import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { PLAN } from '../helpers.js';
import { workspace } from './harness.js';

describe('an unexpected internal error', () => {
  it('prints a short message and how to report it, exit 2, no stack trace unless NAP_DEBUG', async () => {
    const cwd = workspace({ 'plans/t-2020/plan.yaml': PLAN });
    let stderr = '';
    const io = (env: Record<string, string>) => ({
      stdout: {
        write: () => {
          throw new TypeError('stream exploded');
        },
      },
      stderr: { write: (s: string) => (stderr += s) },
      env,
      cwd,
    });
    expect(await run(['validate'], io({}))).toBe(2);
    expect(stderr).toMatch(/^nap: internal error: stream exploded\nThis is a bug in nap/);
    expect(stderr).toContain('NAP_DEBUG=1');
    expect(stderr).not.toMatch(/\n\s+at /);
    stderr = '';
    expect(await run(['validate'], io({ NAP_DEBUG: '1' }))).toBe(2);
    expect(stderr).toMatch(/\n\s+at /);
  });
});
