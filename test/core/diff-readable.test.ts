import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diffDocument } from '../../src/core/diff/document.js';
import { diffView } from '../../src/core/diff/html-model.js';
import { runDiff } from '../../src/core/diff/run.js';
import { Formatter } from '../../src/core/model/format.js';
import { loadMessages } from '../../src/core/render/messages.js';
import { TemplateSource } from '../../src/core/render/template-source.js';
import { noPaint } from '../../src/core/text/paint.js';
import { bodyOf } from '../report-helpers.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const now = new Date('2026-01-15T12:00:00Z');
const run = (format: 'text' | 'markdown', lang: string) =>
  runDiff({
    old: 'be-2013',
    new: 'be-2013-rev',
    format,
    lang,
    cwd: repo,
    env: {},
    platform: 'linux',
    now,
    paint: noPaint,
    creator: 'nap test',
  });

// What a negotiator reads: names, titles, money and dates in the language; the first section first.
describe('nap diff speaks the reader’s language (the Belgian sample and its illustrative revision)', () => {
  for (const lang of ['en', 'fr']) {
    it(`in text and Markdown (${lang})`, async () => {
      const text = (await run('text', lang)).output!;
      await expect(text).toMatchFileSnapshot(`__snapshots__/diff.${lang}.txt`);
      await expect((await run('markdown', lang)).output!).toMatchFileSnapshot(`__snapshots__/diff.${lang}.md`);
      // no raw field names or actor ids where a reader expects words
      expect(text).not.toMatch(/^\s+(title|edition|period|supersedes): /m);
      expect(text).not.toMatch(/\b(foreign-affairs|interior-federal-police)\b/);
    });

    it(`in HTML (${lang})`, async () => {
      const { diff } = await run('text', lang);
      const source = await TemplateSource.open(undefined, undefined);
      const f = new Formatter(lang, (await loadMessages(source, lang)).messages);
      const job = await diffDocument(diff, { target: 'x.html', format: 'html', source, f, now, creator: 'nap test' });
      await expect(bodyOf((job as { content: string }).content)).toMatchFileSnapshot(`__snapshots__/diff.${lang}.html`);
    });
  }

  it('formats money and dates for the language, and names the main change once', async () => {
    const en = (await run('text', 'en')).output!;
    const fr = (await run('text', 'fr')).output!;
    expect(en).toContain('Budget: none → €500,000');
    expect(fr).toContain('Budget\u202f: néant → 500\u202f000\u00a0€');
    expect(en).toContain('~ 8.b → 29.c (moved; also reworded, renumbered)');
    expect(en).toContain('20.a: FPS Interior → Federal Police');
    expect(en).toContain('Supersedes: [-none-] {+be-2013+}');
    expect(fr).toContain('Remplace\u202f: [-néant-] {+be-2013+}');
  });

  it('writes French as French: a narrow no-break space before : and ;, counts that agree, one word for dropped', async () => {
    const { diff, output } = await run('text', 'fr');
    const md = (await run('markdown', 'fr')).output!;
    const source = await TemplateSource.open(undefined, undefined);
    const f = new Formatter('fr', (await loadMessages(source, 'fr')).messages);
    const view = diffView(diff, f, 'x');
    const job = await diffDocument(diff, { target: 'x.html', format: 'html', source, f, now, creator: 'nap test' });
    const html = bodyOf((job as { content: string }).content)
      .replace(/<[^>]*>/g, '')
      .replace(/&[#a-z0-9]+;/g, '&');
    for (const text of [output!, md, html, view.runningHeader]) {
      expect(text).not.toMatch(/[^\s\u202f][:;](\s|$)/m); // "(retitré):", "éditions:"
      expect(text).not.toMatch(/ [:;]/); // a plain space lets the colon start a line
    }
    expect(output).toContain('~ objectif 4 (retitré)\u202f: Participation');
    expect(view.runningHeader).toMatch(/^Comparaison de deux éditions\u202f: /);
    expect(output).toContain('buts\u202f: 1 ajouté, 0 supprimé\u202f;');
    expect(output).toContain('6 ajoutées, 4 abandonnées,');
    expect(md).toContain('| ajoutées | abandonnées | déplacées |');
    expect(html).toContain('abandonnées');
    expect(html).not.toMatch(/>supprimé</);
  });

  it('marks every printed page illustrative when either edition or the old progress is', async () => {
    const { diff } = await run('text', 'en');
    const source = await TemplateSource.open(undefined, undefined);
    for (const lang of ['en', 'fr']) {
      const f = new Formatter(lang, (await loadMessages(source, lang)).messages);
      expect(diffView(diff, f, 'x').runningHeader).toContain(f.t('common.illustrative'));
      const official = {
        ...diff,
        old: { ...diff.old, illustrative: false },
        new: { ...diff.new, illustrative: false },
        followUp: undefined,
      };
      expect(diffView(official, f, 'x').runningHeader).not.toContain(f.t('common.illustrative'));
    }
  });
});
