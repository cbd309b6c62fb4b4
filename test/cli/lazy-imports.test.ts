import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

/** Modules reachable through static imports (dynamic `import()` is how heavy code stays lazy). */
function staticGraph(entries: string[]): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = entries.map((e) => resolve(src, e));
  while (todo.length) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s(?!type\b)[^;]*?from\s+['"]([^'"]+)['"]/gm)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) todo.push(resolve(dirname(file), spec).replace(/\.js$/, '.ts'));
      else packages.add(spec);
    }
  }
  return { files, packages };
}

describe('nap validate stays light', () => {
  it('loads neither the browser, nor the template engine, nor the schema compiler', () => {
    const { packages } = staticGraph(['cli/main.ts', 'core/validate/index.ts', 'cli/render-findings.ts']);
    const heavy = [...packages].filter((p) =>
      /^(puppeteer-core|handlebars|markdown-it)(\/|$)|^ajv$|^ajv\/dist\/(standalone|compile|core)/.test(p),
    );
    expect(heavy).toEqual([]);
    // The graph really is followed: the loader's second reader, js-yaml's events, is imported statically.
    expect(packages).toContain('js-yaml');
  });

  it('starts (--version, --help) without the rules, the loader or any feature', () => {
    const { files } = staticGraph(['cli/main.ts']);
    const loaded = [...files].map((f) => f.slice(src.length));
    // Followed for real: the commands are registered statically.
    expect(loaded).toContain('cli/commands/validate.ts');
    const core = loaded.filter((f) => f.startsWith('core/'));
    expect(
      core.filter(
        (f) =>
          !/^core\/(errors\.ts|package-root\.ts|text\/|findings\/format\/|validate\/validation-failed\.ts|output\/formats\.ts)/.test(
            f,
          ),
      ),
    ).toEqual([]);
  });

  it('uses precompiled validators rather than compiling schemas at start', () => {
    const { files } = staticGraph(['core/validate/index.ts']);
    expect([...files].some((f) => f.endsWith('generated/validators.ts'))).toBe(true);
  });
});
