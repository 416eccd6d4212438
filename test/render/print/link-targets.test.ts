import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../../src/output/browser.js';
import { readPageTargets, readPlainPdf, readWithPdfJs } from '../../../src/render/print/link-targets.js';
import { openPrintPage } from '../../../src/render/print/print-pdf.js';

/** 150 sections, each on a page of its own after a page of text: a page tree of several levels. */
function sectionsHtml(ids: string[]): string {
  const links = ids.map((id) => `<a href="#${id}">${id}</a>`).join(' ');
  const sections = ids
    .map((id, index) => `<h2 id="${id}" style="break-before: page">Section ${index}</h2><p>${'Text. '.repeat(30)}</p>`)
    .join('');
  return `<!doctype html><html><head><meta charset="utf-8"></head><body><p>${links}</p>${sections}</body></html>`;
}

describe('readPageTargets', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    dir = await mkdtemp(path.join(os.tmpdir(), 'bcp-link-targets-'));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function print(name: string, html: string, tagged: boolean): Promise<Uint8Array> {
    const htmlFile = path.join(dir, `${name}.html`);
    await writeFile(htmlFile, html);
    const page = await openPrintPage(browser, { htmlFile, allowed: () => true, blocked: [], timeout: 60_000 });
    try {
      return await page.pdf({ format: 'A4', tagged, outline: tagged });
    } finally {
      await page.close();
    }
  }

  it("reads Chromium's own PDF without pdf.js, and finds what pdf.js finds", async () => {
    // Ids that look like PDF syntax must not confuse the reader: `stream`, `endobj`, `R`, digits.
    const ids = Array.from({ length: 150 }, (_, index) => `s${index}`);
    ids.push('stream', 'endobj-2', 'R', '0-0-R', 'a.b_c~d');
    for (const tagged of [false, true]) {
      const pdf = await print(`many-${tagged}`, sectionsHtml(ids), tagged);
      const plain = readPlainPdf(pdf);
      const viaPdfJs = await readWithPdfJs(pdf);
      expect(plain).toBeDefined();
      expect(plain!.pages).toBe(viaPdfJs.pages);
      expect(plain!.pages).toBe(ids.length + 1);
      expect(new Map([...plain!.targets].sort())).toEqual(new Map([...viaPdfJs.targets].sort()));
      ids.forEach((id, index) => expect(plain!.targets.get(id)).toBe(index + 2));
    }
  });

  it('reads an id that is not ASCII as pdf.js does (Chromium writes it percent-encoded)', async () => {
    const pdf = await print('accents', sectionsHtml(['café', 'Zürich-2', 'plain']), false);
    expect(readPlainPdf(pdf)).toEqual(await readWithPdfJs(pdf));
    expect(readPlainPdf(pdf)?.targets.get('caf%C3%A9')).toBe(2);
  });

  it('hands a PDF in another form (destinations in a /Names tree, an appended update) to pdf.js', async () => {
    const names = namesTreePdf();
    expect(readPlainPdf(names)).toBeUndefined();
    expect(await readPageTargets(names)).toEqual({ pages: 2, targets: new Map([['second', 2]]) });

    const pdf = await print('updated', sectionsHtml(['one', 'two']), false);
    const updated = appendUpdate(pdf);
    expect(readPlainPdf(updated)).toBeUndefined();
    expect(await readPageTargets(updated)).toEqual({
      pages: 3,
      targets: new Map([
        ['one', 2],
        ['two', 3],
      ]),
    });
  });
});

/** A two-page PDF whose one destination is in the catalog's `/Names` tree, with a correct table of offsets. */
function namesTreePdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R /Names << /Dests 5 0 R >> >>',
    '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
    '<< /Names [(second) [4 0 R /XYZ 0 200 0]] >>',
  ];
  let text = '%PDF-1.4\n';
  const offsets = objects.map((body, index) => {
    const offset = text.length;
    text += `${index + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  text += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

/** The PDF with an update appended that changes nothing: a table of no objects, whose trailer points back. */
function appendUpdate(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const previous = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1];
  const trailer = /trailer\s*(<<[^]*?>>)\s*startxref/.exec(text.slice(Number(previous)))![1]!;
  const xref = pdf.length;
  const update = `xref\n0 0\ntrailer\n${trailer.replace(/>>$/, ` /Prev ${previous}>>`)}\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.concat([Buffer.from(pdf), Buffer.from(update, 'latin1')]));
}
