import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { precompiled } from '../../src/core/render/precompiled.js';
import { COMPILE_OPTIONS } from '../../src/core/render/renderer.js';
import { workspace } from '../cli/harness.js';
import { renderHtml } from '../report-helpers.js';

const TEMPLATES = new URL('../../templates/', import.meta.url);
const builtIn = readdirSync(TEMPLATES, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.hbs'));
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

  it('renders what the same templates compiled at run time render', async () => {
    // Each template behind a comment (no output): not the built-in text, so compiled at run time.
    const files: Record<string, string> = {};
    for (const file of builtIn)
      files[file] = `{{!-- compiled at run time --}}${readFileSync(join(TEMPLATES.pathname, file), 'utf8')}`;
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
