import { readdir } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/output/browser.js';
import { assertCompiled, runCli, type CliResult } from '../helpers/run-cli.js';
import { repoRoot } from '../helpers/paths.js';
import { pageTexts, poppler } from './print/print-helpers.js';
import { openSitePage } from './site/site-browser.js';

// One real build of a plan with an Arabic name before a phone number, a 5,000-character word and a character no
// font has a glyph for: what a build on this machine prints, and what Chromium lays out on the site.
const fixture = path.join(repoRoot, 'test', 'fixtures', 'render', 'scripts');
const NUMBER = '+61 491 570 157';
const A4_WIDTH = 595.92;

let dir: string;
let out: string;
let build: CliResult;
let browser: Browser;

beforeAll(async () => {
  assertCompiled();
  dir = await mkdtemp(path.join(tmpdir(), 'bcp-scripts-'));
  out = path.join(dir, 'out');
  build = await runCli(['build', fixture, '--out', out, '--today', '2026-11-02']);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

interface Word {
  page: number;
  text: string;
  xMax: number;
  height: number;
}

/** Every word of the PDF with its page and box, as poppler reads it from the PDF itself. */
async function words(pdfFile: string): Promise<Word[]> {
  const xml = await poppler('pdftotext', ['-bbox', pdfFile, '-']);
  const found: Word[] = [];
  let page = 0;
  for (const line of xml.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const word = /yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</.exec(line);
    if (word) {
      const [, yMin, xMax, yMax, text] = word;
      found.push({ page, text: text ?? '', xMax: Number(xMax), height: Number(yMax) - Number(yMin) });
    }
  }
  return found;
}

/** The left edge of each character of an element's text, in the order the characters are written. */
async function characterLefts(page: Page, selector: string, text: string): Promise<number[][]> {
  return page.$$eval(
    selector,
    (elements, wanted) =>
      elements
        .filter((element) => element.textContent === wanted)
        .map((element) => {
          const node = element.firstChild as Text;
          return [...wanted].map((_, i) => {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            return range.getBoundingClientRect().left;
          });
        }),
    text,
  );
}

describe('a right-to-left name beside a phone number', () => {
  it('builds', () => {
    expect(build.code).toBe(0);
  });

  it('prints the number in its written order in the binder', async () => {
    const text = (await pageTexts(path.join(out, 'binder.pdf'))).join('\n');
    expect(text).toContain('سلمى حداد');
    expect(text.split(NUMBER).length - 1).toBeGreaterThanOrEqual(5);
    expect(text).not.toContain('157 570 491 61+');
  });

  it('lays the number out left to right on every site page that shows it', async () => {
    let seen = 0;
    for (const file of await sitePages()) {
      const { page } = await openSitePage(browser, path.join(out, 'site'), file, { width: 390 });
      for (const lefts of await characterLefts(page, '.tel', NUMBER)) {
        seen += 1;
        const visible = lefts.filter((_, i) => NUMBER[i] !== ' ');
        expect(visible, `${file}: ${NUMBER}`).toEqual([...visible].sort((a, b) => a - b));
      }
      await page.close();
    }
    expect(seen).toBeGreaterThanOrEqual(5);
  });
});

describe('a character that no font has', () => {
  it('is named in a warning of the build, with where it is, and the build still succeeds', () => {
    expect(build.code).toBe(0);
    expect(build.stderr).toContain(path.join(fixture, 'plan.yaml'));
    expect(build.stderr).toMatch(
      /21:\d+ +warning +no font on this machine has the character "\u{F0041}" \(U\+F0041\).*glyph/u,
    );
  });
});

describe('a 5,000-character word', () => {
  it('keeps every binder page at full size: nothing shrunk, nothing past the edge', async () => {
    const all = await words(path.join(out, 'binder.pdf'));
    const step = all.filter((word) => word.text === 'Bake');
    expect(step.length).toBeGreaterThanOrEqual(2);
    // Body text is 10 pt (a box about 11.7 pt high); shrunk to fit the long word it was below 9 pt.
    for (const word of step) expect(word.height, `page ${word.page}`).toBeGreaterThan(11);
    const widest = Math.max(...all.map((word) => word.xMax));
    expect(widest).toBeLessThanOrEqual(A4_WIDTH);
    const sizes = await poppler('pdfinfo', ['-f', '1', '-l', '999', path.join(out, 'binder.pdf')]);
    const widths = [...sizes.matchAll(/Page\s+\d+ size:\s+([\d.]+) x/g)].map((match) => Number(match[1]));
    expect(widths.length).toBeGreaterThan(5);
    expect(new Set(widths)).toEqual(new Set([A4_WIDTH]));
  });

  it('keeps every site page within the viewport on a phone and on a desktop', async () => {
    for (const width of [390, 1280]) {
      for (const file of await sitePages()) {
        const { page } = await openSitePage(browser, path.join(out, 'site'), file, { width });
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scroll, `${file} at ${width} px`).toBeLessThanOrEqual(width);
        await page.close();
      }
    }
  });
});

async function sitePages(): Promise<string[]> {
  const entries = await readdir(path.join(out, 'site'), { recursive: true });
  return entries.filter((file) => file.endsWith('.html')).map((file) => file.split(path.sep).join('/'));
}
