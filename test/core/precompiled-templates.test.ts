import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { describe, expect, it, vi } from 'vitest';
import { precompiled } from '../../src/core/render/precompiled.js';
import { COMPILE_OPTIONS } from '../../src/core/render/renderer.js';
import { workspace } from '../cli/harness.js';
import { renderHtml } from '../report-helpers.js';

const TEMPLATES = new URL('../../templates/', import.meta.url);
const builtIn = readdirSync(TEMPLATES, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.hbs'));
type CompileOptions = Parameters<typeof Handlebars.compile>[1];

/** A template's text as the renderer compiles it: partials without their final newline. */
const compiled = (file: string) => {
  const text = readFileSync(new URL(file, TEMPLATES), 'utf8');
  return file.startsWith('partials') ? text.replace(/\r?\n$/, '') : text;
};

describe('built-in templates compiled ahead (npm run build)', () => {
  it('has every built-in template, with the options the renderer uses', () => {
    expect(builtIn.length).toBeGreaterThan(20);
    for (const file of builtIn) expect(precompiled(compiled(file), COMPILE_OPTIONS), file).toBeDefined();
  });

  it('never takes a changed text, or other options, for the built-in template', () => {
    const text = compiled('parliament/document.hbs');
    expect(precompiled(`${text} `, COMPILE_OPTIONS)).toBeUndefined();
    expect(precompiled(text, { ...COMPILE_OPTIONS, strict: true })).toBeUndefined();
  });

  it('compiles nothing at run time for the built-in templates, and compiles templates of the user', async () => {
    const compiles = () => {
      const calls: string[] = [];
      const create = Handlebars.create.bind(Handlebars);
      const spy = vi.spyOn(Handlebars, 'create').mockImplementation(() => {
        const hb = create();
        const compile = hb.compile.bind(hb);
        hb.compile = ((input: unknown, options?: CompileOptions) => {
          calls.push('compile');
          return compile(input, options);
        }) as typeof hb.compile;
        return hb;
      });
      return { calls, restore: () => spy.mockRestore() };
    };
    const builtIn = compiles();
    await renderHtml({}, 2021, 'en');
    builtIn.restore();
    expect(builtIn.calls).toEqual([]);
    const theirs = compiles();
    await renderHtml(
      {},
      2021,
      'en',
      workspace({ 'partials/cover.hbs': '<header class="cover">{{model.title}}</header>' }),
    );
    theirs.restore();
    expect(theirs.calls).toEqual(['compile']);
  });

  it('renders what the same templates compiled at run time render', async () => {
    // Each template behind a comment (no output): not the built-in text, so compiled at run time.
    const files: Record<string, string> = {};
    for (const file of builtIn)
      files[file] = `{{!-- compiled at run time --}}${readFileSync(join(fileURLToPath(TEMPLATES), file), 'utf8')}`;
    const dir = workspace(files);
    for (const file of builtIn) expect(precompiled(compiled(file), COMPILE_OPTIONS)).toBeDefined();
    for (const lang of ['en', 'fr']) {
      const ahead = await renderHtml({}, 2021, lang);
      const atRunTime = await renderHtml({}, 2021, lang, dir);
      expect(atRunTime.parliament).toBe(ahead.parliament);
      expect(atRunTime.brief).toBe(ahead.brief);
    }
  });
});
