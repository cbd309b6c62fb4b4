import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../src/core/errors.js';

/** README's table of error codes, as generated from ERROR_CODES. */
function table(): string {
  const rows = Object.entries(ERROR_CODES).map(([code, e]) => `| \`${code}\` | ${e.exit} | ${e.meaning} |`);
  return ['| code | exit | meaning |', '|---|---|---|', ...rows].join('\n');
}

describe('error codes', () => {
  it('README lists exactly the codes of src/core/errors.ts', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const shown = /<!-- errors:start -->\n([\s\S]*?)\n<!-- errors:end -->/.exec(readme)?.[1];
    expect(shown, `README's table should read:\n${table()}`).toBe(table());
  });

  it('every listed code is raised somewhere, and nothing raises a code that is not listed', () => {
    const root = new URL('../src/', import.meta.url);
    const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter(
      (e) => e.isFile() && e.name.endsWith('.ts'),
    );
    const src = files.map((e) => readFileSync(join(e.parentPath, e.name), 'utf8')).join('\n');
    const raised = new Set([...src.matchAll(/'(E_[A-Z_]+)'\)?[,;)]/g)].map((m) => m[1]!));
    raised.add('E_INVALID'); // InvalidInputError's own
    expect([...raised].sort()).toEqual(Object.keys(ERROR_CODES).sort());
  });
});
