import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfDocument = Awaited<ReturnType<typeof getDocument>['promise']>;

export interface LinkTargets {
  pages: number;
  /** The page (1-based) that each named in-document link (`<a href="#id">`) leads to, by id. */
  targets: Map<string, number>;
  /** Every external link's URL, to check that nothing unsafe became a live link. */
  urls: string[];
}

/** Reads a PDF's link annotations with pdf.js: where each in-document link points, and every URL. */
export async function readLinkTargets(pdf: Uint8Array): Promise<LinkTargets> {
  const task = getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0, disableFontFace: true });
  const document = await task.promise;
  try {
    const targets = new Map<string, number>();
    const urls: string[] = [];
    for (let index = 1; index <= document.numPages; index++) {
      const page = await document.getPage(index);
      for (const annotation of (await page.getAnnotations()) as LinkAnnotation[]) {
        if (annotation.subtype !== 'Link') continue;
        const url = annotation.unsafeUrl ?? annotation.url;
        if (url) urls.push(url);
        if (typeof annotation.dest === 'string' && !targets.has(annotation.dest)) {
          const page = await destinationPage(document, annotation.dest);
          if (page !== undefined) targets.set(annotation.dest, page);
        }
      }
    }
    return { pages: document.numPages, targets, urls };
  } finally {
    await task.destroy();
  }
}

interface LinkAnnotation {
  subtype: string;
  dest?: unknown;
  url?: string;
  unsafeUrl?: string;
}

async function destinationPage(document: PdfDocument, name: string): Promise<number | undefined> {
  const destination = (await document.getDestination(name)) as unknown[] | null;
  const ref = destination?.[0];
  if (typeof ref === 'number') return ref + 1;
  if (!ref || typeof ref !== 'object') return undefined;
  return (await document.getPageIndex(ref as { num: number; gen: number })) + 1;
}
