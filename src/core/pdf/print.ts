import { EnvironmentError, NapError } from '../errors.js';
import type { BrowserSession } from './browser.js';
import { firstLine } from './browser.js';
import type { TocEntry } from './contents.js';
import { layNumbers, NUMBERS_ONLY } from './contents-numbers.js';
import type { Page } from './launch.js';
import { marginBoxes } from './margin-boxes.js';
import { type PdfMetadata, setMetadata } from './metadata.js';
import { loadPdf, outlinePages, unreadable } from './outline.js';
import { PdfSyntaxError } from './pdf-syntax.js';

export interface PrintJob {
  /** The document's HTML, given the page numbers of its contents (empty at first). */
  html(pages: ReadonlyMap<string, number>): string;
  /** Contents entries to number; none for a document without contents. */
  toc: readonly TocEntry[];
  runningHeader: string;
  /** "page {page} of {pages}" in the document's language. */
  pageOf: string;
  metadata: PdfMetadata;
  /** Headings as written, to mend bookmark titles that Chromium ran together. */
  headings: readonly string[];
}

// Prints of the document with the contents numbered, when the numbers cannot be laid over it.
const MAX_PASSES = 4;

/**
 * HTML to an A4 PDF with bookmarks, tags, running header and page X of Y footer.
 * Chromium has no target-counter(), so contents get their page numbers from the
 * bookmarks of the print, and the numbers are printed alone and laid over it; with
 * templates that do not allow that, the print is repeated until the numbers agree.
 */
export async function printPdf(session: BrowserSession, given: PrintJob, timeoutMs: number): Promise<Uint8Array> {
  // The first print's HTML is rendered while the page opens (a job rendered already keeps it).
  let job = given;
  const whileOpening = () => {
    job = renderedFirst(given);
  };
  return session.withPage((page) => readingErrors(() => printAndNumber(page, job, timeoutMs)), whileOpening);
}

/** The document printed, its contents numbered, its metadata set: the PDF's bytes. */
async function printAndNumber(page: Page, job: PrintJob, timeoutMs: number): Promise<Uint8Array> {
  // The document in its final form; with contents, their page numbers are left blank.
  const blank = new Map<string, number>();
  let pdf = loadPdf(await printOnce(page, job, timeoutMs, blank, 'document'));
  if (!job.toc.length) return setMetadata(pdf, job.metadata, job.headings);
  let pages = matchToc(job.toc, outlinePages(pdf));
  // The numbers alone, laid over the blanks (contents-numbers.ts): one print of the document, not two.
  const numbers = loadPdf(await printOnce(page, job, timeoutMs, pages, 'numbers'));
  if (layNumbers(pdf, numbers, [...pages.keys()])) return setMetadata(pdf, job.metadata, job.headings);
  // Templates whose contents the numbers cannot be laid over: print again with the numbers
  // until they agree with the bookmarks (they can move the layout).
  for (let pass = 1; pass < MAX_PASSES; pass++) {
    pdf = loadPdf(await printOnce(page, job, timeoutMs, pages, 'document'));
    const found = matchToc(job.toc, outlinePages(pdf));
    if (sameMap(found, pages)) break;
    pages = found;
  }
  return setMetadata(pdf, job.metadata, job.headings);
}

/** A print nap cannot read, wherever in it that shows: the browser's failure, not nap's. */
async function readingErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw err instanceof PdfSyntaxError ? unreadable(err) : err;
  }
}

/**
 * The job with its first print's HTML rendered now: called while the browser starts, when
 * node would otherwise wait for it (rendering after the page opened held up the print by 0.2 s).
 */
export function renderedFirst(job: PrintJob): PrintJob {
  const first = job.html(new Map());
  // Contents without numbers, the first print's, are the same whatever empty map asks for them.
  return { ...job, html: (pages) => (pages.size ? job.html(pages) : first) };
}

/** One print: the document as delivered (tags, running header, page X of Y), or the contents' page numbers alone. */
async function printOnce(
  page: Page,
  job: PrintJob,
  timeoutMs: number,
  pages: ReadonlyMap<string, number>,
  mode: 'document' | 'numbers',
): Promise<Uint8Array> {
  try {
    const html = job.html(pages);
    const extra = mode === 'numbers' ? NUMBERS_ONLY : marginBoxes(job.runningHeader, job.pageOf);
    // Content, not a file:// URL: markup cannot read local files.
    await page.setContent(beforeHeadEnd(html, extra), { waitUntil: 'load', timeout: timeoutMs });
    // The numbers are laid over the document as an artifact: untagged, so that no tag of theirs
    // stands inside it pointing to no structure.
    if (mode === 'numbers')
      return await page.pdf({
        format: 'A4',
        preferCSSPageSize: true,
        printBackground: false,
        tagged: false,
        outline: false,
        timeout: timeoutMs,
      });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      outline: true,
      tagged: true,
      timeout: timeoutMs,
    });
  } catch (err) {
    // A template that fails while the page is made is the template's error, not the browser's.
    if (err instanceof NapError) throw err;
    throw new EnvironmentError(
      `the browser failed to print the PDF: ${firstLine(err)}`,
      'try again; if it keeps failing, check the browser with `chromium --headless --version`',
      'E_BROWSER',
    );
  }
}

/** `extra` placed just before `</head>`, whatever it holds (a `$` in a title is not a replacement pattern). */
export function beforeHeadEnd(html: string, extra: string): string {
  return html.replace(/<\/head>/i, () => `${extra}</head>`);
}

/** Contents entries matched to bookmarks by title, in order (titles may repeat). */
export function matchToc(
  toc: readonly TocEntry[],
  outline: readonly { title: string; page: number }[],
): Map<string, number> {
  const pages = new Map<string, number>();
  let from = 0;
  for (const entry of toc) {
    const i = outline.findIndex((o, k) => k >= from && normal(o.title) === normal(entry.title));
    if (i === -1) continue;
    pages.set(entry.anchor, outline[i]!.page);
    from = i + 1;
  }
  return pages;
}

/** Chromium drops the space where a heading wrapped ("thecontext"), so titles compare without spaces. */
export function normal(s: string): string {
  return s.replace(/\s+/g, '');
}

function sameMap(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}
