import type { Browser } from 'puppeteer-core';
import { withPrintFolder } from '../output/print-folder.js';
import { fontDir } from '../render/fonts.js';
import { printHeader } from '../render/print/header-footer.js';
import { renderPrintHtml } from '../render/print/print-html.js';
import type { PreparedBuild } from './build.js';

/** The three PDFs of a build, for output/ to write. */
export interface PrintedBinder {
  binder: Uint8Array;
  pages: number;
  cards: Uint8Array;
  extracts: Uint8Array;
}

export interface PrintOptions {
  paper: 'a4' | 'letter';
  sourceDateEpoch?: number;
  /** A browser to reuse (watch mode); otherwise one is started here and closed when the prints are done. */
  browser?: Browser;
}

/**
 * Starts printing the binder, the wallet cards and the team extracts, and returns at once: the caller writes the
 * site while Chromium prints, Node on one core and Chromium on the other. The promise is marked as handled, so a
 * print that fails while the site is written is not an unhandled rejection; the caller awaits it (always, even when
 * it fails itself, so that no print outlives the build).
 */
export function startPrinting(prepared: PreparedBuild, options: PrintOptions): Promise<PrintedBinder> {
  const printing = printAll(prepared, options);
  printing.catch(() => undefined);
  return printing;
}

async function printAll(prepared: PreparedBuild, options: PrintOptions): Promise<PrintedBinder> {
  // Chromium starts while Node renders the print HTML; puppeteer and pdf.js load only here, as a site-only build
  // needs neither.
  const launching = options.browser ? undefined : import('../output/browser.js').then((m) => m.launchBrowser());
  launching?.catch(() => undefined);
  try {
    return await withPrintFolder(async (stage) => {
      const htmlFile = await stage(
        'binder.html',
        renderPrintHtml(prepared.view, prepared.templates, { fontDir: fontDir() }),
      );
      const browser = options.browser ?? (await launching!);
      const dated = options.sourceDateEpoch === undefined ? {} : { sourceDateEpoch: options.sourceDateEpoch };
      const { printPdf } = await import('../render/print/print-pdf.js');
      const { printCards } = await import('../render/cards/print-cards.js');
      const header = printHeader(prepared.view);
      const binder = printPdf({ htmlFile, paper: options.paper, header, browser, ...dated });
      // The cards and then the extracts print in pages of their own while the binder prints: most of the binder's
      // time is one long print in which Chromium leaves the other core free. Their page size comes from the
      // HTML's own `@page` rule.
      const others = (async () => {
        const cards = await printCards({
          htmlFile: await stage('cards.html', prepared.cardsHtml()),
          browser,
          ...dated,
        });
        const extractsFile = await stage('extracts.html', prepared.extractsHtml());
        return { cards, extracts: await printCards({ htmlFile: extractsFile, browser, ...dated }) };
      })();
      const [printed, { cards, extracts }] = await allSettled(binder, others);
      return { binder: printed.pdf, pages: printed.pages, cards: cards.pdf, extracts: extracts.pdf };
    });
  } finally {
    if (launching) await (await launching.catch(() => undefined))?.close();
  }
}

/** Both results, once both prints have ended: a failed print does not leave the other running into a closed browser. */
async function allSettled<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [first, second] = await Promise.allSettled([a, b]);
  if (first.status === 'rejected') throw first.reason;
  if (second.status === 'rejected') throw second.reason;
  return [first.value, second.value];
}
