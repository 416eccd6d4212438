import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderCharts } from '../../../src/render/charts/index.js';
import { fontDir } from '../../../src/render/fonts.js';
import { launchBrowser } from '../../../src/output/browser.js';
import { exampleView, nastyView } from './chart-views.js';

let browser: Browser;
let dir: string;
let page: Page;
const outside: string[] = [];
let svgs: Record<string, string>;

/** A page like the site's: the bundled typeface from local files, the charts inline, narrower than the charts. */
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'bcp-charts-'));
  for (const weight of [400, 700]) {
    const file = `atkinson-hyperlegible-next-latin-${weight}-normal.woff2`;
    await copyFile(path.join(fontDir(), file), path.join(dir, `${weight}.woff2`));
  }
  const example = await renderCharts(await exampleView());
  const nasty = await renderCharts(nastyView(await exampleView()));
  svgs = {
    ...Object.fromEntries(Object.entries(example).map(([name, svg]) => [name, String(svg)])),
    ...Object.fromEntries(Object.entries(nasty).map(([name, svg]) => [`nasty-${name}`, String(svg)])),
  };
  const faces = [400, 700]
    .map((w) => `@font-face{font-family:'Atkinson Hyperlegible Next';src:url(${w}.woff2);font-weight:${w}}`)
    .join('');
  const figures = Object.entries(svgs).map(([name, svg]) => `<figure id="${name}">${svg}</figure>`);
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>charts</title><style>${faces}
    body{font-family:'Atkinson Hyperlegible Next',sans-serif;width:640px}</style><body>${figures.join('')}</body></html>`;
  await writeFile(path.join(dir, 'charts.html'), html);
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.setRequestInterception(true);
  const base = pathToFileURL(dir).href;
  page.on('request', (request) => {
    if (request.url().startsWith(base)) return void request.continue();
    outside.push(request.url());
    void request.abort();
  });
  await page.goto(`${base}/charts.html`, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
});

afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the charts in Chromium', () => {
  test('are well-formed SVG documents on their own', async () => {
    const errors = await page.evaluate((all: Record<string, string>) => {
      return Object.entries(all).flatMap(([name, svg]) => {
        const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
        const error = parsed.querySelector('parsererror');
        return error ? [`${name}: ${error.textContent ?? ''}`] : [];
      });
    }, svgs);
    expect(errors).toEqual([]);
  });

  test('load nothing and run nothing, and are drawn in the bundled typeface', async () => {
    expect(outside).toEqual([]);
    const found = await page.evaluate(() => ({
      scripts: document.querySelectorAll('script').length,
      images: document.querySelectorAll('svg[role="img"]').length,
      font: document.fonts.check('13px "Atkinson Hyperlegible Next"'),
      loaded: (() => {
        let count = 0;
        document.fonts.forEach((face) => void (face.status === 'loaded' && count++));
        return count;
      })(),
    }));
    expect(found).toEqual({ scripts: 0, images: 6, font: true, loaded: 2 });
  });

  test('keep every label inside the picture, measured in the real typeface', async () => {
    const outsiders = await page.evaluate(() =>
      Array.from(document.querySelectorAll('figure')).flatMap((figure) => {
        const svg = figure.querySelector('svg')!.getBoundingClientRect();
        return Array.from(figure.querySelectorAll('text')).flatMap((text) => {
          const box = text.getBoundingClientRect();
          const inside =
            box.left >= svg.left - 0.5 &&
            box.right <= svg.right + 0.5 &&
            box.top >= svg.top - 0.5 &&
            box.bottom <= svg.bottom + 0.5;
          return inside || !text.textContent?.trim() ? [] : [`${figure.id}: ${text.textContent}`];
        });
      }),
    );
    expect(outsiders).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('figure text').length)).toBeGreaterThan(200);
  });

  test('fit each name inside its box in the dependency diagram', async () => {
    const overflowing = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.chart-dependencies g.node')).flatMap((node) => {
        const shape = node.querySelector('path, polygon')!.getBoundingClientRect();
        return Array.from(node.querySelectorAll('text'))
          .filter((text) => {
            const box = text.getBoundingClientRect();
            return box.left < shape.left + 1 || box.right > shape.right - 1;
          })
          .map((text) => text.textContent);
      }),
    );
    expect(overflowing).toEqual([]);
    expect(
      await page.evaluate(() => document.querySelectorAll('.chart-dependencies g.node text').length),
    ).toBeGreaterThan(60);
  });

  test('show plan text as text, never as markup', async () => {
    const texts = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[id^="nasty-"] text')).map((text) => text.textContent ?? ''),
    );
    expect(texts.join(' ')).toContain('<script>alert(1)</script>');
    const injected = await page.evaluate(() => document.querySelectorAll('svg script, svg foreignObject').length);
    expect(injected).toBe(0);
  });
});
