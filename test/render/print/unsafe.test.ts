import { readFile, rm } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../../src/output/browser.js';
import { pageTexts, poppler, printPlan, squash, unsafePlan, type Printed } from './print-helpers.js';

/** Every start tag in the HTML: text has its `<` escaped, and the stylesheet holds no `<`. */
function tags(html: string): string[] {
  return html.match(/<[a-zA-Z][^>]*>/g) ?? [];
}

describe('a plan with scripts, handlers and javascript: links in its text', () => {
  let browser: Browser;
  let printed: Printed;

  beforeAll(async () => {
    browser = await launchBrowser();
    printed = await printPlan(unsafePlan, { browser });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (printed) await rm(printed.dir, { recursive: true, force: true });
  });

  it('has no script, event handler or script link in the print HTML', () => {
    expect(printed.html).not.toMatch(/<script/i);
    expect(printed.html).not.toMatch(/<iframe/i);
    for (const tag of tags(printed.html)) {
      expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
      expect(tag).not.toMatch(/(javascript|vbscript|data):/i);
    }
  });

  it('keeps the nasty text as visible, inert text', async () => {
    const text = squash((await pageTexts(printed.pdfFile)).join(' '));
    expect(text).toContain('System <script>alert("scenario")</script> is down');
    expect(text).toContain('Nasty <script>alert("org")</script> & Co');
    expect(text).toContain('Call the vendor. text <img src=x onerror=alert("step")> text');
    expect(text).toContain('[Picture not printed: tracker]');
  });

  it('fetched nothing: the web picture in the procedure was not requested', () => {
    expect(printed.result.blockedRequests).toEqual([]);
    expect(printed.html).not.toContain('https://tracker.example/pixel.png');
  });

  it('has no JavaScript action and no javascript: link in the PDF', async () => {
    const bytes = await readFile(printed.pdfFile);
    const raw = bytes.toString('latin1');
    expect(raw).not.toMatch(/\/(JavaScript|JS)\b/);
    expect(raw).not.toMatch(/javascript:/i);
    expect((await poppler('pdfinfo', ['-js', printed.pdfFile])).trim()).toMatch(/^(Page\s+Type\s+.*)?$/);
    const urls = (await poppler('pdfinfo', ['-url', printed.pdfFile])).split('\n').slice(1).filter(Boolean);
    for (const line of urls) expect(line).toMatch(/\s(https?:|mailto:|tel:)\S+$/);

    const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 });
    const document = await task.promise;
    try {
      expect(await document.getJSActions()).toBeNull();
      for (let index = 1; index <= document.numPages; index++) {
        const page = await document.getPage(index);
        for (const annotation of (await page.getAnnotations()) as {
          url?: string;
          unsafeUrl?: string;
          action?: string;
        }[]) {
          expect(annotation.action).toBeUndefined();
          expect(annotation.unsafeUrl ?? annotation.url ?? 'tel:').toMatch(/^(https?:|mailto:|tel:)/);
        }
        expect(await page.getJSActions()).toBeNull();
      }
    } finally {
      await task.destroy();
    }
  });
});
