import { readFile } from 'node:fs/promises';
import type { ReadableStream } from 'node:stream/web';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { footerTemplate, headerTemplate, PAGE_MARGIN, type PrintHeader } from './header-footer.js';
import { readPageTargets, type PageTargets } from './link-targets.js';
import { setPdfDates } from './pdf-dates.js';
import { requestGuard } from './request-guard.js';
import { removePdfFile, writePdfStream } from '../../output/pdf-file.js';

export interface PrintPdfOptions {
  /**
   * The print HTML from `renderPrintHtml`, staged on disk by output/ in a folder of its own: Chromium loads it by
   * file:// URL, and only that folder and the fonts may be requested.
   */
  htmlFile: string;
  paper: 'a4' | 'letter';
  header: PrintHeader;
  /** Seconds since 1970: the PDF's dates, for a reproducible binder. Without it, the time of printing. */
  sourceDateEpoch?: number;
  /** The browser that prints (output/ starts it, and closes it); it stays open. */
  browser: Browser;
  /** Bound on each step (loading, printing); by default a minute, or a second for every 10 kB of print HTML. */
  timeoutMs?: number;
}

export interface PrintPdfResult {
  /** The binder, for output/ to write. */
  pdf: Uint8Array;
  pages: number;
  /** Requests the print tried to make and was refused: anything outside the HTML's folder and its fonts. */
  blockedRequests: string[];
  /**
   * How long each print took: the draft that finds the page numbers (null when none are needed), the binder (with
   * its reprints), and how often the binder had to be printed again because it did not land where the draft said.
   */
  timings: { draftMs: number | null; finalMs: number; totalMs: number; reprints: number };
}

export interface Job {
  htmlFile: string;
  allowed: (url: string) => boolean;
  blocked: string[];
  timeout: number;
}

type PdfOptions = NonNullable<Parameters<Page['pdf']>[0]>;

const PAGE_REF = 'data-page-ref';

/**
 * Prints the binder. Chromium cannot print page numbers of other pages (no `target-counter()`), so the loaded page
 * is printed twice: a fast draft (untagged, no bookmarks, no running header and footer, which sit in the margins
 * and move nothing, and nothing drawn: see printDraft) whose named destinations (every contents entry is `<a href="#id">`) tell pdf.js on which page
 * each section starts; then, on a fresh page with those numbers filled in, the binder, tagged and with bookmarks. Both
 * are streamed into files beside the HTML, and pdf.js reads only the parts of them it needs. The placeholders
 * are as wide as the numbers, so nothing moves between the two; the binder is read back to prove it.
 */
export async function printPdf(options: PrintPdfOptions): Promise<PrintPdfResult> {
  const started = performance.now();
  const html = await readFile(options.htmlFile, 'utf8');
  const blocked: string[] = [];
  const timeout = options.timeoutMs ?? defaultTimeout(html);
  const binder: PdfOptions = {
    format: options.paper === 'letter' ? 'Letter' : 'A4',
    margin: PAGE_MARGIN,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(options.header),
    footerTemplate: footerTemplate(options.header),
    preferCSSPageSize: false,
    tagged: true,
    outline: true,
    timeout,
  };
  const draft: PdfOptions = { ...binder, tagged: false, outline: false, displayHeaderFooter: false };
  const job = { htmlFile: options.htmlFile, allowed: requestGuard(options.htmlFile, html), blocked, timeout };
  let page = await openPrintPage(options.browser, job);
  try {
    assertSafeLinks(await page.$$eval('a[href], area[href]', (links) => links.map((a) => a.getAttribute('href'))));
    let targets = new Map<string, number>();
    let draftPages: number | undefined;
    let draftMs: number | null = null;
    if (html.includes(PAGE_REF)) {
      const draftStart = performance.now();
      ({ targets, pages: draftPages } = await printDraft(page, draft, `${options.htmlFile}.draft.pdf`));
      // Chromium keeps what it made for the draft for as long as its page lives: printed on the same page, a large
      // binder's renderer held both prints (medium plan: 1.33 GB on one page, 0.5–0.96 GB on a fresh one). The
      // binder is printed from the HTML loaded anew, once the draft's page is gone.
      await page.close();
      page = await openPrintPage(options.browser, job);
      await fillPageNumbers(page, targets);
      draftMs = performance.now() - draftStart;
    }
    const finalStart = performance.now();
    const pdfFile = `${options.htmlFile}.pdf`;
    let printed = await printBinder(page, binder, pdfFile);
    let reprints = 0;
    // The binder itself says where each section landed. When that is not where the draft said (a binder of
    // thousands of pages has come out a hundred pages shorter than its draft, and four-digit numbers widen their
    // boxes), its own places are filled in and it is printed again, until the two agree.
    while (draftPages !== undefined && !samePlaces(draftPages, targets, printed)) {
      if (reprints === MAX_REPRINTS) throw new Error(movedMessage(draftPages, targets, printed));
      reprints += 1;
      ({ targets, pages: draftPages } = printed);
      await fillPageNumbers(page, targets);
      printed = await printBinder(page, binder, pdfFile);
    }
    const finalMs = performance.now() - finalStart;
    // Read once the page is closed: Chromium has let go of the laid-out binder by then.
    await page.close();
    let pdf: Uint8Array = await readFile(pdfFile);
    await removePdfFile(pdfFile);
    if (options.sourceDateEpoch !== undefined) pdf = setPdfDates(pdf, options.sourceDateEpoch);
    return {
      pdf,
      pages: printed.pages,
      blockedRequests: [...new Set(blocked)],
      timings: { draftMs, finalMs, totalMs: performance.now() - started, reprints },
    };
  } finally {
    if (!page.isClosed()) await page.close();
  }
}

/**
 * Long enough for a binder of thousands of pages (a large plan's print takes minutes), short enough that a hung
 * Chromium does not hold a build for ever.
 */
function defaultTimeout(html: string): number {
  return Math.max(60_000, Math.ceil(html.length / 10_000) * 1000);
}

/** The print HTML loaded on a fresh page (a reused page can hang on `document.fonts.ready`), with JavaScript off. */
export async function openPrintPage(browser: Browser, job: Job): Promise<Page> {
  const page = await browser.newPage();
  try {
    page.setDefaultTimeout(job.timeout);
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    const failed: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (job.allowed(url)) {
        request.continue().catch(() => undefined);
      } else {
        job.blocked.push(url);
        request.abort('blockedbyclient').catch(() => undefined);
      }
    });
    page.on('requestfailed', (request) => {
      if (job.allowed(request.url())) failed.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`);
    });
    await page.goto(pathToFileURL(job.htmlFile).href, { waitUntil: 'load', timeout: job.timeout });
    if (failed.length > 0) throw new Error(`the print HTML needs files that could not be loaded: ${failed.join(', ')}`);
    return page;
  } catch (error) {
    await page.close().catch(() => undefined);
    throw error;
  }
}

/**
 * Everything but the elements with an id (the places links lead to) made invisible: `visibility` changes no
 * layout, so the pages break where they will in the binder, but Chromium draws next to nothing, which halves the
 * time of the draft. The destinations are still written, as they are for elements that are drawn.
 */
const DRAFT_STYLE = '* { visibility: hidden !important; } [id] { visibility: visible !important; }';

/** The draft's places, printed on a page that is closed after it (the style is never taken off again). */
async function printDraft(page: Page, draft: PdfOptions, file: string): Promise<PageTargets> {
  await page.addStyleTag({ content: DRAFT_STYLE });
  await printToFile(page, draft, file);
  try {
    return await readPageTargets(file);
  } finally {
    await removePdfFile(file);
  }
}

/**
 * Prints into a file, chunk by chunk as Chromium hands the PDF over: a binder of thousands of pages is hundreds of
 * megabytes, which `page.pdf()` would hold in memory whole (and, while gathering it, twice). The file is in the
 * print HTML's own folder, which output/ removes.
 */
async function printToFile(page: Page, options: PdfOptions, file: string): Promise<void> {
  const stream = await page.createPDFStream(options);
  await writePdfStream(stream as ReadableStream<Uint8Array>, file);
}

async function fillPageNumbers(page: Page, pageNumbers: Map<string, number>): Promise<void> {
  const missing = await page.evaluate(
    (attribute, entries) => {
      const numbers = new Map(entries);
      const unknown: string[] = [];
      for (const element of Array.from(document.querySelectorAll(`[${attribute}]`))) {
        const id = element.getAttribute(attribute) ?? '';
        const number = numbers.get(id);
        if (number === undefined) unknown.push(id);
        else element.textContent = String(number);
      }
      return unknown;
    },
    PAGE_REF,
    [...pageNumbers],
  );
  if (missing.length > 0) {
    throw new Error(
      `page references to ${missing.map((id) => `#${id}`).join(', ')} lead nowhere: no link to them printed`,
    );
  }
}

/** How often the binder is printed again when it does not land where its draft said; then the build fails. */
const MAX_REPRINTS = 2;

async function printBinder(page: Page, binder: PdfOptions, file: string): Promise<PageTargets> {
  await printToFile(page, binder, file);
  return readPageTargets(file);
}

/** Whether the binder has the pages, and every section the page, that the numbers printed in it say. */
function samePlaces(pages: number, expected: Map<string, number>, printed: PageTargets): boolean {
  return pages === printed.pages && [...expected].every(([id, page]) => printed.targets.get(id) === page);
}

function movedMessage(pages: number, expected: Map<string, number>, printed: PageTargets): string {
  if (pages !== printed.pages) {
    return `the binder has ${printed.pages} pages, the print before it ${pages}: filling in the page numbers moved things`;
  }
  const [id, page] = [...expected].find(([key, value]) => printed.targets.get(key) !== value)!;
  return `#${id} moved from page ${page} to ${printed.targets.get(id) ?? 'nowhere'} when the page numbers were filled in`;
}

/**
 * Plan text is sanitised, so only a template could put a script or file link into the binder: refuse it. Every
 * `<a href>` becomes a link in the PDF; only in-document, web, mail and phone links may.
 */
function assertSafeLinks(hrefs: (string | null)[]): void {
  const unsafe = hrefs.filter((href): href is string => href !== null && !/^(#|https?:|mailto:|tel:)/i.test(href));
  if (unsafe.length > 0) throw new Error(`the binder would contain links it must not have: ${unsafe.join(', ')}`);
}
