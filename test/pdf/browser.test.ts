import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EnvironmentError } from '../../src/core/errors.js';
import { ARGS, type BrowserSession, openBrowser } from '../../src/core/pdf/browser.js';
import { findBrowser } from '../../src/core/pdf/finder.js';
import { headlessArgs } from '../../src/core/pdf/headless-args.js';

describe('the sealed browser page', () => {
  let session: BrowserSession;
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.end('x');
  });
  let port = 0;

  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
    session = await openBrowser(await findBrowser(process.env, process.platform));
  });
  afterAll(async () => {
    await session?.close();
    server.close();
  });

  it('blocks every network request: images, styles, fonts, frames', async () => {
    const url = `http://127.0.0.1:${port}`;
    await session.withPage(async (page) => {
      await page.setContent(
        `<html><head><link rel="stylesheet" href="${url}/style.css"><style>@font-face{font-family:x;src:url(${url}/font.woff)} body{font-family:x;background:url(${url}/bg.png)}</style></head>
        <body><img src="${url}/img.png"><iframe src="${url}/frame"></iframe><p>text</p></body></html>`,
        { waitUntil: 'load' },
      );
      await page.pdf({ format: 'A4' });
    });
    expect(hits).toEqual([]);
  });

  it('uses a page that printed for the next document, and never one that failed', async () => {
    let first: unknown;
    await session.withPage(async (page) => {
      first = page;
    });
    await expect(
      session.withPage(async (page) => {
        expect(page).toBe(first);
        throw new Error('a print that failed');
      }),
    ).rejects.toThrow('a print that failed');
    expect((first as { isClosed(): boolean }).isClosed()).toBe(true);
    await session.withPage(async (page) => {
      expect(page).not.toBe(first);
    });
  });

  it('gives the page back when the work done while it opens fails', async () => {
    let idle: unknown;
    await session.withPage(async (page) => {
      idle = page;
    });
    await expect(
      session.withPage(
        async () => undefined,
        () => {
          throw new Error('a template that failed');
        },
      ),
    ).rejects.toThrow('a template that failed');
    await new Promise((r) => setTimeout(r, 50));
    await session.withPage(async (page) => {
      expect(page).toBe(idle);
    });
  });

  it('runs no JavaScript of the document', async () => {
    const title = await session.withPage(async (page) => {
      await page.setContent(
        '<html><head><title>original</title></head><body><script>document.title = "changed"</script></body></html>',
      );
      return page.title();
    });
    expect(title).toBe('original');
  });

  it('does not let markup read local files', async () => {
    const text = await session.withPage(async (page) => {
      await page.setContent(
        '<html><body><iframe src="file:///etc/passwd"></iframe><object data="file:///etc/hostname"></object></body></html>',
      );
      const frames = page.frames().map((f) => f.url());
      return frames.join(' ');
    });
    expect(text).not.toContain('/etc/passwd');
  });
});

describe('the browser finder', () => {
  it('uses PUPPETEER_EXECUTABLE_PATH when it points to an executable', async () => {
    const path = await findBrowser(process.env, process.platform);
    expect(await findBrowser({ PUPPETEER_EXECUTABLE_PATH: path }, 'linux')).toBe(path);
  });

  it('names the fix when no browser is found', async () => {
    await expect(findBrowser({ PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chrome' }, 'linux')).rejects.toThrow(
      EnvironmentError,
    );
    const err = await findBrowser({}, 'plan9').catch((e: EnvironmentError) => e);
    expect(err).toBeInstanceOf(EnvironmentError);
    expect((err as EnvironmentError).hint).toContain('apt-get install -y chromium');
  });
});

describe('the arguments the browser is started with', () => {
  it("are puppeteer's own for a headless print, with nap's merged in as puppeteer merges them", async () => {
    const { default: puppeteer } = await import('puppeteer-core');
    expect(headlessArgs(ARGS, '/tmp/profile')).toEqual(
      puppeteer.defaultArgs({ headless: true, args: ARGS, userDataDir: '/tmp/profile' }),
    );
  });
});
