import { readFile } from 'node:fs/promises';
import type { Browser } from 'puppeteer-core';
import { setPdfDates } from '../print/pdf-dates.js';
import { openPrintPage } from '../print/print-pdf.js';
import { requestGuard } from '../print/request-guard.js';

const TIMEOUT_MS = 60_000;

export interface PrintCardsOptions {
  /** The cards' (or extracts') HTML, staged on disk by output/ as the binder's is. */
  htmlFile: string;
  sourceDateEpoch?: number;
  /** The browser that prints (output/ starts and closes it). */
  browser: Browser;
}

/**
 * Prints the wallet cards as the binder is printed: a fresh page, JavaScript off, every request outside the
 * HTML's folder and its fonts blocked, the PDF dated from SOURCE_DATE_EPOCH. The sheet size comes from the
 * HTML's `@page` rule, so the cut marks land where the cards are.
 *
 * @returns the PDF, for output/ to write.
 */
export async function printCards(options: PrintCardsOptions): Promise<{ pdf: Uint8Array; blockedRequests: string[] }> {
  const html = await readFile(options.htmlFile, 'utf8');
  const blocked: string[] = [];
  const job = {
    htmlFile: options.htmlFile,
    allowed: requestGuard(options.htmlFile, html),
    blocked,
    timeout: TIMEOUT_MS,
  };
  const page = await openPrintPage(options.browser, job);
  try {
    let pdf: Uint8Array = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      tagged: true,
      timeout: TIMEOUT_MS,
    });
    if (options.sourceDateEpoch !== undefined) pdf = setPdfDates(pdf, options.sourceDateEpoch);
    return { pdf, blockedRequests: [...new Set(blocked)] };
  } finally {
    await page.close();
  }
}
