import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../../src/output/browser.js';
import { readPageTargets } from '../../../src/render/print/link-targets.js';
import { printPdf } from '../../../src/render/print/print-pdf.js';
import { repoRoot } from '../../helpers/paths.js';
import { pageTexts, planView, printPlan, squash } from './print-helpers.js';

const header = {
  organization: 'Test <Co>',
  version: '1.0',
  commit: 'abc1234',
  classification: null,
  validUntil: '2027-01-01',
};

describe('printPdf', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    dir = await mkdtemp(path.join(os.tmpdir(), 'bcp-print-pdf-'));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function print(name: string, body: string, extra: Partial<Parameters<typeof printPdf>[0]> = {}) {
    const htmlFile = path.join(dir, `${name}.html`);
    await writeFile(htmlFile, `<!doctype html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`);
    const pdfFile = path.join(dir, `${name}.pdf`);
    const result = await printPdf({ htmlFile, paper: 'a4', header, browser, ...extra });
    await writeFile(pdfFile, result.pdf);
    return { result, pdfFile };
  }

  it('blocks and reports every request outside the HTML folder, and still prints', async () => {
    await writeFile(path.join(dir, 'local.css'), 'p { color: #333; }');
    const { result } = await print(
      'requests',
      `<link rel="stylesheet" href="local.css"><link rel="stylesheet" href="http://styles.example/a.css">
       <p>Hello</p><img src="https://images.example/x.png"><img src="file:///etc/hostname">`,
    );
    expect(result.blockedRequests.sort()).toEqual(
      ['file:///etc/hostname', 'http://styles.example/a.css', 'https://images.example/x.png'].sort(),
    );
    expect(result.pages).toBe(1);
  });

  it('fails when a file the HTML needs is missing, instead of printing without it', async () => {
    await expect(print('missing', '<link rel="stylesheet" href="print.css"><p>Hello</p>')).rejects.toThrow(
      /could not be loaded: file:.*print\.css/,
    );
  });

  it('fills in the page numbers of the contents, in a second print', async () => {
    const sections = ['one', 'two', 'three']
      .map((id, index) => `<h1 id="${id}" style="break-before: page; margin-top: ${index * 900}px">Section ${id}</h1>`)
      .join('');
    const contents = ['one', 'two', 'three']
      .map((id) => `<p><a href="#${id}">Section ${id}</a> page <span data-page-ref="${id}">000</span></p>`)
      .join('');
    const { result, pdfFile } = await print('contents', contents + sections);
    const pages = await pageTexts(pdfFile);
    expect(result.timings.draftMs).toBeGreaterThan(0);
    const numbers = [...pages[0]!.matchAll(/Section (\w+) page (\d+)/g)].map(([, id, page]) => [id, Number(page)]);
    expect(numbers).toEqual([
      ['one', 2],
      ['two', 3],
      ['three', 5],
    ]);
    for (const [id, page] of numbers) expect(pages[(page as number) - 1]).toContain(`Section ${id}`);
    pages.forEach((text, index) => expect(squash(text)).toContain(`Page ${index + 1} of ${pages.length}`));
    // The draft and the binder are printed into files beside the HTML, and neither is left behind.
    expect((await readdir(dir)).filter((name) => name.startsWith('contents.'))).toEqual([
      'contents.html',
      'contents.pdf',
    ]);
  });

  it('reads where each section is the same from a PDF file as from its bytes', async () => {
    const body = ['a', 'b'].map(
      (id) => `<a href="#${id}">${id}</a><h1 id="${id}" style="break-before: page">${id}</h1>`,
    );
    const { pdfFile } = await print('targets', body.join(''));
    const fromFile = await readPageTargets(pdfFile);
    expect(fromFile).toEqual(await readPageTargets(new Uint8Array(await readFile(pdfFile))));
    expect(fromFile.pages).toBe(3);
    expect([...fromFile.targets]).toEqual([
      ['a', 2],
      ['b', 3],
    ]);
  });

  it('prints again when the binder does not land where its draft said, and prints the numbers where it did', async () => {
    // A page reference whose width moves what follows: one digit to a line, 400 px a line. The draft's "000" takes
    // three lines and pushes section two to page 3; filled in with 3, it takes one line and section two moves
    // back to page 2. The second print of the binder fills in 2, where two then stays.
    const reference = `<div style="width: 1ch; word-break: break-all; line-height: 400px; font-size: 12px">
      <a href="#two"><span data-page-ref="two">000</span></a></div>`;
    const { result, pdfFile } = await print('reprint', `${reference}<h1 id="two" style="break-before: page">Two</h1>`);
    const pages = await pageTexts(pdfFile);
    expect(result.timings.reprints).toBe(1);
    expect(pages.length).toBe(2);
    expect(pages[0]!.split('\n').map((line) => line.trim())).toContain('2');
    expect(pages[0]).not.toContain('000');
    expect(pages[1]).toContain('Two');
  });

  it('prints once when nothing needs a page number', async () => {
    const { result } = await print('single', '<p>Only one print</p>');
    expect(result.timings.draftMs).toBeNull();
  });

  it('refuses a page reference that no link points to', async () => {
    await expect(print('dangling', '<p>See page <span data-page-ref="nowhere">000</span></p>')).rejects.toThrow(
      /#nowhere lead nowhere/,
    );
  });

  it('refuses to put a javascript: link into the PDF', async () => {
    await expect(print('script-link', '<p><a href="javascript:alert(1)">click</a></p>')).rejects.toThrow(
      /links it must not have: javascript:/,
    );
    await expect(print('file-link', '<p><a href="file:///etc/passwd">passwords</a></p>')).rejects.toThrow(
      /links it must not have: file:\/\/\/etc\/passwd/,
    );
  });

  it('escapes the header and footer, which are HTML too', async () => {
    const { pdfFile } = await print('header', '<p>Body</p>');
    expect(squash((await pageTexts(pdfFile))[0]!)).toContain('Test <Co> · plan version 1.0');
  });

  it('sets the PDF dates from SOURCE_DATE_EPOCH', async () => {
    const { pdfFile } = await print('dated', '<p>Dated</p>', { sourceDateEpoch: 0 });
    const raw = (await readFile(pdfFile)).toString('latin1');
    expect(raw).toContain("/CreationDate (D:19700101000000+00'00')");
    expect(raw).toContain("/ModDate (D:19700101000000+00'00')");
  });

  it('prints the smallest valid plan: no scenario, vendor or document, nothing missing', async () => {
    const planDir = path.join(repoRoot, 'test', 'fixtures', 'validate', 'valid-minimal');
    const view = await planView(planDir);
    const printed = await printPlan(planDir, { browser, view: { ...view, meta: { ...view.meta, commit: null } } });
    try {
      const pages = await pageTexts(printed.pdfFile);
      expect(printed.result.blockedRequests).toEqual([]);
      expect(squash(pages[0]!)).toContain('Harbour Freight Supplies');
      expect(squash(pages.join(' '))).toContain('The plan is not under version control');
      // Reviewed 2026-01-15 every 13 weeks: long out of date on 2026-11-02, which every footer says instead of a date.
      expect(squash(pages[0]!)).toContain('STATUS Out of date: the plan review was due on 2026-04-16');
      pages.forEach((text) =>
        expect(squash(text)).toMatch(/Out of date: see the cover · not under version control Page \d+ of \d+/),
      );
    } finally {
      await rm(printed.dir, { recursive: true, force: true });
    }
  });

  it('prints on letter paper and leaves the browser open for the next print', async () => {
    const htmlFile = path.join(dir, 'letter.html');
    await writeFile(htmlFile, '<p>Letter</p>');
    const result = await printPdf({ htmlFile, paper: 'letter', header, browser });
    expect(result.pages).toBe(1);
    expect(browser.connected).toBe(true);
  });
});
