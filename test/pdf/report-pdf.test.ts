import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { nap, workspace } from '../cli/harness.js';
import { readPdf } from '../pdf-helpers.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));

describe('PDFs of the Belgian sample, read back', () => {
  let out: string;
  let parliament: Awaited<ReturnType<typeof readPdf>>;
  let brief: Awaited<ReturnType<typeof readPdf>>;

  beforeAll(async () => {
    out = workspace();
    const r = await nap(['report', 'be-2013', '--year', '2015', '--format', 'pdf', '--out', out], {
      cwd: repo,
      env: { ...process.env } as Record<string, string>,
    });
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    parliament = await readPdf(new Uint8Array(readFileSync(join(out, 'be-2013-2015-parliament.en.pdf'))));
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
    const toc = parliament.pages[1]!;
    const m = /Annex 1\. Actions not reported, by responsible actor (\d+)/.exec(toc);
    expect(m, toc).not.toBeNull();
    const page = Number(m![1]);
    expect(parliament.pages[page - 1]).toContain('Annex 1. Actions not reported, by responsible actor');
    expect(parliament.pages[page - 2]).not.toContain('Annex 1. Actions not reported, by responsible actor');
    const obj3 =
      /Objective 3\. Protection of women and girls from all forms of violence, including sexual violence (\d+)/.exec(
        toc,
      );
    expect(parliament.pages[Number(obj3![1]) - 1]).toContain('Objective 3. Protection of women and girls');
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
