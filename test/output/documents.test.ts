import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentStage, type StageOptions, withDocumentStage } from '../../src/core/output/documents.js';
import type { BrowserSession } from '../../src/core/pdf/browser.js';
import type { PrintJob } from '../../src/core/pdf/print.js';
import { workspace } from '../cli/harness.js';

const blank = await (async () => {
  const { PDFDocument } = await import('pdf-lib');
  const doc = await PDFDocument.create();
  doc.addPage();
  // A classic cross-reference table, as Chromium writes.
  return doc.save({ useObjectStreams: false });
})();

/** A stand-in browser that records what the stage asks of it; every page prints a blank PDF. */
function fakeBrowser(startMs = 0) {
  const log: string[] = [];
  let open = 0;
  let most = 0;
  const launch: NonNullable<StageOptions['launch']> = async () => {
    log.push('launch');
    if (startMs) {
      await new Promise((r) => setTimeout(r, startMs));
      log.push('ready');
    }
    const session: BrowserSession = {
      warm(pages) {
        log.push(`warm ${pages}`);
      },
      async withPage(fn) {
        open++;
        most = Math.max(most, open);
        try {
          const page = {
            setContent: async (html: string) => void log.push(`content ${html.length}`),
            pdf: async () => {
              await new Promise((r) => setTimeout(r, 20));
              return blank;
            },
          };
          return await fn(page as never);
        } finally {
          open--;
        }
      },
      async close() {
        log.push('close');
      },
    };
    return session;
  };
  return { log, launch, most: () => most };
}

const job = (html: string): PrintJob => ({
  html: () => html,
  toc: [],
  runningHeader: 'h',
  pageOf: 'page {page} of {pages}',
  headings: [],
  metadata: { title: 't', author: 'a', subject: 's', keywords: [], lang: 'en', creator: 'test', date: new Date(0) },
});

/** A job whose rendering is written in `log`. */
const renderedJob = (log: string[], name: string): PrintJob => ({
  ...job(''),
  html: () => {
    log.push(`render ${name}`);
    return `<p>${name}</p>`;
  },
});

const options = (over: Partial<StageOptions> = {}): StageOptions => ({
  env: {},
  platform: 'linux',
  inputs: new Set(),
  ...over,
});

describe('the documents stage', () => {
  it('kills a browser still starting when it closes, rather than wait for it', async () => {
    const killed: string[] = [];
    // A browser that never becomes ready, and ends only when killed.
    const launch: NonNullable<StageOptions['launch']> = (o) =>
      new Promise((_, reject) => {
        o.onSpawn?.(() => {
          killed.push('kill');
          reject(new Error('killed'));
        });
      });
    const stage = new DocumentStage(options({ launch }));
    stage.warmUp();
    const started = Date.now();
    await stage.close();
    expect(killed).toEqual(['kill']);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('starts no browser when no job is printed, and writes files in order, telling each', async () => {
    const dir = workspace();
    const browser = fakeBrowser();
    const told: string[] = [];
    const written = await withDocumentStage(
      options({ launch: browser.launch, onWritten: (p) => told.push(p) }),
      (stage) =>
        stage.write([
          { target: join(dir, 'a.html'), content: '<p>a</p>' },
          { target: join(dir, 'sub/b.json'), content: '{}' },
        ]),
    );
    expect(browser.log).toEqual([]);
    expect(written).toEqual([join(dir, 'a.html'), join(dir, 'sub/b.json')]);
    expect(told).toEqual(written);
    expect(readFileSync(join(dir, 'sub/b.json'), 'utf8')).toBe('{}');
  });

  it('prints with one browser, several at once within the limit, and closes it', async () => {
    const dir = workspace();
    const browser = fakeBrowser();
    const targets = ['a', 'b', 'c'].map((n) => join(dir, `${n}.pdf`));
    const written = await withDocumentStage(options({ launch: browser.launch, concurrency: 2 }), (stage) =>
      stage.write([
        { target: join(dir, 'a.html'), content: 'x' },
        ...targets.map((t) => ({ target: t, print: job(`<p>${t}</p>`) })),
      ]),
    );
    expect(browser.log.filter((l) => l === 'launch')).toHaveLength(1);
    expect(browser.log.at(-1)).toBe('close');
    expect(browser.most()).toBe(2);
    expect(written).toEqual([join(dir, 'a.html'), ...targets]);
    for (const t of targets) expect(readFileSync(t, 'latin1')).toMatch(/^%PDF-/);
  });

  it('closes the browser when a write fails, and leaves no temporary file', async () => {
    const dir = workspace({ blocker: 'a file where a folder should be' });
    const browser = fakeBrowser();
    await expect(
      withDocumentStage(options({ launch: browser.launch }), (stage) =>
        stage.write([{ target: join(dir, 'blocker/x.pdf'), print: job('<p>x</p>') }]),
      ),
    ).rejects.toThrow(/cannot create the output folder/);
    expect(browser.log.at(-1)).toBe('close');
    expect(readdirSync(dir)).toEqual(['blocker']);
  });

  it('stops with an interruption when the signal is aborted, writing nothing more', async () => {
    const dir = workspace();
    const controller = new AbortController();
    const browser = fakeBrowser();
    const stage = new DocumentStage(options({ launch: browser.launch, signal: controller.signal }));
    controller.abort('SIGTERM');
    await expect(stage.write([{ target: join(dir, 'a.html'), content: 'x' }])).rejects.toMatchObject({
      exitCode: 143,
      code: 'E_INTERRUPTED',
    });
    await stage.close();
    expect(existsSync(join(dir, 'a.html'))).toBe(false);
  });

  it('warms the browser up once and reuses it', async () => {
    const dir = workspace();
    const browser = fakeBrowser();
    await withDocumentStage(options({ launch: browser.launch }), async (stage) => {
      stage.warmUp();
      stage.warmUp();
      await stage.write([{ target: join(dir, 'a.pdf'), print: job('<p>a</p>') }]);
      await stage.write([{ target: join(dir, 'b.pdf'), print: job('<p>b</p>') }]);
    });
    expect(browser.log.filter((l) => l === 'launch')).toHaveLength(1);
  });

  it('renders the documents printed first while the browser starts, and opens their pages ahead', async () => {
    const dir = workspace();
    const browser = fakeBrowser(50);
    const rendered = (name: string) => renderedJob(browser.log, name);
    await withDocumentStage(options({ launch: browser.launch, concurrency: 2 }), async (stage) => {
      stage.warmUp(3);
      await stage.write(['a', 'b', 'c'].map((n) => ({ target: join(dir, `${n}.pdf`), print: rendered(n) })));
    });
    // Two at once: the first two rendered before the browser is ready, the third once printed.
    expect(browser.log.slice(0, 5)).toEqual(['launch', 'render a', 'render b', 'ready', 'warm 2']);
    expect(browser.log.filter((l) => l.startsWith('render'))).toEqual(['render a', 'render b', 'render c']);
  });

  it('asked to print without a warm-up, asks for the browser first, then renders while it starts', async () => {
    const dir = workspace();
    const browser = fakeBrowser(50);
    const rendered = (name: string) => renderedJob(browser.log, name);
    await withDocumentStage(options({ launch: browser.launch, concurrency: 1 }), (stage) =>
      stage.write([{ target: join(dir, 'a.pdf'), print: rendered('a') }]),
    );
    expect(browser.log.slice(0, 3)).toEqual(['launch', 'render a', 'ready']);
  });

  it('a print whose PDF cannot be read is a failure of the browser, with its code', async () => {
    const dir = workspace();
    // The catalog's dictionary broken, its length kept: the table reads, the object does not.
    const broken = Buffer.from(
      Buffer.from(blank).toString('latin1').replace('/Type /Catalog', '/Type ]Catalog'),
      'latin1',
    );
    const browser = fakeBrowser();
    const launch: NonNullable<StageOptions['launch']> = async (o) => {
      const session = await browser.launch(o);
      return {
        ...session,
        withPage: (fn, meanwhile) =>
          session.withPage((page) => fn({ ...page, pdf: async () => broken } as never), meanwhile),
      };
    };
    await expect(
      withDocumentStage(options({ launch }), (stage) =>
        stage.write([{ target: join(dir, 'a.pdf'), print: job('<p>a</p>') }]),
      ),
    ).rejects.toMatchObject({
      code: 'E_BROWSER',
      message: expect.stringMatching(/the browser's PDF could not be read/),
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps the PDFs printed before a print fails, and starts no new print after it', async () => {
    const dir = workspace();
    const browser = fakeBrowser();
    const failing = {
      ...job('<p>bad</p>'),
      html: () => {
        throw new Error('the page would not load');
      },
    };
    const told: string[] = [];
    const targets = ['a', 'b', 'c'].map((n) => join(dir, `${n}.pdf`));
    await expect(
      withDocumentStage(options({ launch: browser.launch, concurrency: 1, onWritten: (p) => told.push(p) }), (stage) =>
        stage.write([
          { target: targets[0]!, print: job('<p>a</p>') },
          { target: targets[1]!, print: failing },
          { target: targets[2]!, print: job('<p>c</p>') },
        ]),
      ),
    ).rejects.toThrow(/the browser failed to print the PDF: the page would not load/);
    expect(told).toEqual([targets[0]]);
    expect(readdirSync(dir)).toEqual(['a.pdf']);
  });
});
