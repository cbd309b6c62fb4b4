import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { nap, workspace } from '../cli/harness.js';
import { readPdf } from '../pdf-helpers.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));

describe('PDFs of the Belgian sample, read back', () => {
  let out: string;
  let parliament: Awaited<ReturnType<typeof readPdf>>;
  let brief: Awaited<ReturnType<typeof readPdf>>;
  let parliamentBytes: Uint8Array;

  beforeAll(async () => {
    out = workspace();
    const r = await nap(['report', 'be-2013', '--year', '2015', '--format', 'pdf', '--out', out], {
      cwd: repo,
      env: { ...process.env } as Record<string, string>,
    });
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    parliamentBytes = new Uint8Array(readFileSync(join(out, 'be-2013-2015-parliament.en.pdf')));
    parliament = await readPdf(parliamentBytes);
    brief = await readPdf(new Uint8Array(readFileSync(join(out, 'be-2013-2015-brief.en.pdf'))));
  }, 120_000);

  it('writes exactly the two PDFs, no temporary file left', () => {
    expect(readdirSync(out).sort()).toEqual(['be-2013-2015-brief.en.pdf', 'be-2013-2015-parliament.en.pdf']);
  });

  it('has a cover with title, year, issuer and the illustrative notice', () => {
    expect(parliament.pages[0]).toContain('Women, Peace and Security - Belgian National Action Plan 2013-2016');
    expect(parliament.pages[0]).toContain('Implementation in 2015');
    expect(parliament.pages[0]).toContain('Federal Government of Belgium');
    expect(parliament.pages[0]).toContain('Illustrative sample data — not official figures');
  });

  it('shows a known action with its status and department', () => {
    const page = parliament.pages.find((p) =>
      p.includes('Financially support the International Criminal Court trust fund for victims.'),
    );
    expect(page).toBeDefined();
    expect(page).toMatch(
      /Financially support the International Criminal Court trust fund for victims\.[\s\S]*(Completed|In progress|Delayed|Not reported)/,
    );
  });

  it('numbers the contents with the pages where the sections really start', () => {
    // By position: the numbers are printed alone and laid over the contents page, so in the
    // file they come after the titles.
    const toc = parliament.lines[1]!;
    const numberOf = (title: RegExp) => {
      const line = toc.find((l) => title.test(l));
      const m = line && /(\d+)$/.exec(line);
      expect(m, toc.join('\n')).not.toBeNull();
      return Number(m![1]);
    };
    const annex = numberOf(/^Annex 1\. Actions not reported, by responsible actor \d+$/);
    expect(parliament.pages[annex - 1]).toContain('Annex 1. Actions not reported, by responsible actor');
    expect(parliament.pages[annex - 2]).not.toContain('Annex 1. Actions not reported, by responsible actor');
    // A title over two lines: its number stands on its first line.
    const obj3 = numberOf(
      /^Objective 3\. Protection of women and girls from all forms of violence, including sexual \d+$/,
    );
    expect(parliament.pages[obj3 - 1]).toContain('Objective 3. Protection of women and girls');
    // Every entry has its number, and the numbers never go down.
    const numbers = toc
      .filter((l) => /^(Introduction|Summary|Objective|Annex|Conclusions)/.test(l))
      .map((l) => Number(/(\d+)$/.exec(l)?.[1]));
    expect(numbers.every((n) => n > 1)).toBe(true);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('prints the document once: the numbers are laid over its contents page as an artifact', async () => {
    const doc = await PDFDocument.load(parliamentBytes);
    const contents = doc.getPage(1).node.lookup(PDFName.of('Contents'));
    const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
    const text = streams
      .map((st) => Buffer.from(decodePDFRawStream(st as PDFRawStream).decode()).toString('latin1'))
      .join('\n');
    expect(text).toMatch(/\/Artifact BMC[\s\S]*Do[\s\S]*EMC/);
    // The numbers drawn: untagged (no marked content of a structure inside the artifact), in a
    // font subset of their own tag (the document's subsets have the same names).
    const page = doc.getPage(1).node;
    const xobjects = page.Resources()?.lookup(PDFName.of('XObject'), PDFDict);
    const form = xobjects?.lookup(PDFName.of('NapNumbers')) as PDFRawStream | undefined;
    expect(form).toBeInstanceOf(PDFRawStream);
    expect(Buffer.from(decodePDFRawStream(form!).decode()).toString('latin1')).not.toMatch(/BDC|MCID/);
    const fonts = form!.dict.lookup(PDFName.of('Resources'), PDFDict).lookup(PDFName.of('Font'), PDFDict);
    for (const key of fonts.keys())
      expect(fonts.lookup(key, PDFDict).lookup(PDFName.of('BaseFont'), PDFName).decodeText()).toMatch(/^NAP[A-Z]{3}\+/);
  });

  it('has page X of Y in the footer and the plan title in the running header', () => {
    const n = parliament.pages.length;
    expect(n).toBeGreaterThan(20);
    expect(parliament.pages[4]).toContain(`page 5 of ${n}`);
    expect(parliament.pages[4]).toContain(
      'Women, Peace and Security - Belgian National Action Plan 2013-2016 · Illustrative sample data',
    );
  });

  it('sets title, author, subject and language metadata, is tagged and has bookmarks', () => {
    expect(parliament.info.Title).toBe(
      'Women, Peace and Security - Belgian National Action Plan 2013-2016 — Annual progress report to parliament 2015',
    );
    expect(parliament.info.Author).toBe('Federal Government of Belgium');
    expect(parliament.info.Subject).toBe('Annual progress report to parliament: Implementation in 2015');
    expect(parliament.info.Language).toBe('en');
    expect(parliament.tagged).toBe(true);
    expect(parliament.outline).toContain('Summary');
    expect(brief.info.Title).toContain('Civil-society brief 2015');
  });

  it('keeps the brief to 2 to 4 pages, with its chart', () => {
    expect(brief.pages.length).toBeGreaterThanOrEqual(2);
    expect(brief.pages.length).toBeLessThanOrEqual(4);
    expect(brief.pages.join(' ')).toContain('Status per objective');
    expect(brief.pages.join(' ')).toContain('Share of women');
    expect(brief.pages.join(' ')).toContain('Questions to ask');
  });
});

describe('contents of a template the numbers cannot be laid over', () => {
  it('are numbered by printing again, as the bookmarks say', async () => {
    // The markup of the contents before the numbers were laid over: no link in the page box.
    const toc = readFileSync(join(repo, 'templates/partials/toc.hbs'), 'utf8').replace(
      /<a class="page"[^>]*>.*?<\/a>/,
      '<span class="page">{{#if page}}{{page}}{{/if}}</span>',
    );
    expect(toc).toContain('<span class="page">');
    const dir = workspace({ 'templates/partials/toc.hbs': toc });
    const r = await nap(
      [
        'report',
        'be-2013',
        '--year',
        '2015',
        '--kind',
        'parliament',
        '--format',
        'pdf',
        '--out',
        dir,
        '--templates',
        join(dir, 'templates'),
      ],
      { cwd: repo, env: { ...process.env } as Record<string, string> },
    );
    expect(r.code, r.stderr).toBe(0);
    const pdf = await readPdf(new Uint8Array(readFileSync(join(dir, 'be-2013-2015-parliament.en.pdf'))));
    // Printed with the numbers in place, they follow their titles in the file too.
    const m = /Annex 1\. Actions not reported, by responsible actor (\d+)/.exec(pdf.pages[1]!);
    expect(m, pdf.pages[1]).not.toBeNull();
    expect(pdf.pages[Number(m![1]) - 1]).toContain('Annex 1. Actions not reported, by responsible actor');
    expect(pdf.pages[Number(m![1]) - 2]).not.toContain('Annex 1. Actions not reported, by responsible actor');
  }, 120_000);
});
