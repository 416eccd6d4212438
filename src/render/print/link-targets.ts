import { pathToFileURL } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PageTargets {
  pages: number;
  /** The page (1-based) of each named destination: Chromium makes one for every `<a href="#id">` target, by id. */
  targets: Map<string, number>;
}

/**
 * Reads where each named destination of a PDF is, with pdf.js. The destinations are one dictionary in the
 * document's catalog, so this reads no page but the ones they point to: reading every page's links instead took
 * seconds on a binder of a few hundred pages. Given a file, pdf.js reads only the parts of it that it needs (the
 * cross-reference table, the catalog, the page tree), so a binder of thousands of pages (hundreds of megabytes) is
 * never held in memory whole; given bytes, it works on a copy of them.
 */
export async function readPageTargets(pdf: Uint8Array | string): Promise<PageTargets> {
  const source =
    typeof pdf === 'string'
      ? { url: pathToFileURL(pdf), disableStream: true, disableAutoFetch: true }
      : { data: new Uint8Array(pdf) };
  const task = getDocument({ ...source, isEvalSupported: false, verbosity: 0, disableFontFace: true });
  const document = await task.promise;
  try {
    const targets = new Map<string, number>();
    const destinations = (await document.getDestinations()) as Record<string, unknown[] | null>;
    for (const [name, destination] of Object.entries(destinations)) {
      const ref = destination?.[0];
      if (typeof ref === 'number') targets.set(name, ref + 1);
      else if (ref && typeof ref === 'object') {
        targets.set(name, (await document.getPageIndex(ref as { num: number; gen: number })) + 1);
      }
    }
    return { pages: document.numPages, targets };
  } finally {
    await task.destroy();
  }
}
