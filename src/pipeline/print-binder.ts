import type { Browser } from 'puppeteer-core';
import { withPrintFolder } from '../output/print-folder.js';
import { fontDir } from '../render/fonts.js';
import { printHeader } from '../render/print/header-footer.js';
import { renderPrintHtml } from '../render/print/print-html.js';
import type { TemplateSet } from '../render/templates.js';

/** The three PDFs of a build, for output/ to write. */
export interface PrintedBinder {
  binder: Uint8Array;
  pages: number;
  cards: Uint8Array;
  extracts: Uint8Array;
}

/** What the prints need of a prepared build (build.ts's PreparedBuild, named here without importing it). */
export interface PrintInput {
  view: Parameters<typeof renderPrintHtml>[0] & Parameters<typeof printHeader>[0];
  templates: TemplateSet;
  cardsHtml: () => string;
  extractsHtml: () => string;
}

export interface PrintOptions {
  paper: 'a4' | 'letter';
  sourceDateEpoch?: number;
  /** A browser to reuse (watch mode); otherwise one is started here and closed when the prints are done. */
  browser?: Browser;
}

/**
 * Starts printing the binder, the wallet cards and the team extracts, and resolves once Chromium has the binder's
 * first print in hand (or the printing failed): the caller then writes the site on the Node thread while Chromium
 * prints on the other core, and awaits `printed` afterwards (always, even when it fails itself, so that no print
 * outlives the build). `printed` is marked as handled, so a print that fails meanwhile is no unhandled rejection.
 */
export async function startPrinting(
  prepared: PrintInput,
  options: PrintOptions,
): Promise<{ printed: Promise<PrintedBinder> }> {
  let handOver = (): void => undefined;
  const handedOver = new Promise<void>((resolve) => (handOver = resolve));
  const printed = printAll(prepared, options, { handOver, handedOver });
  void printed.catch(() => undefined).finally(handOver);
  await handedOver;
  return { printed };
}

interface HandOver {
  handOver: () => void;
  handedOver: Promise<void>;
}

async function printAll(prepared: PrintInput, options: PrintOptions, turn: HandOver): Promise<PrintedBinder> {
  // Chromium starts while Node renders the print HTML; puppeteer loads only here, as a site-only build needs it not.
  const launching = options.browser ? undefined : import('../output/browser.js').then((m) => m.launchBrowser());
  launching?.catch(() => undefined);
  try {
    return await withPrintFolder(async (stage) => {
      const html = renderPrintHtml(prepared.view, prepared.templates, { fontDir: fontDir() });
      const htmlFile = await stage('binder.html', html);
      const browser = options.browser ?? (await launching!);
      const dated = options.sourceDateEpoch === undefined ? {} : { sourceDateEpoch: options.sourceDateEpoch };
      const { printPdf } = await import('../render/print/print-pdf.js');
      const { printCards } = await import('../render/cards/print-cards.js');
      const header = printHeader(prepared.view);
      const binder = printPdf({ htmlFile, paper: options.paper, header, browser, ...dated, onPrinting: turn.handOver });
      // The cards and then the extracts print in pages of their own while the binder prints, once the binder is
      // past its loading (every request of a page waits for Node). Their page size comes from their own `@page`.
      const others = (async () => {
        await turn.handedOver;
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
