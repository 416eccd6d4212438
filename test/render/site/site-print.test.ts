import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../../src/output/browser.js';
import { cssString } from '../../../src/render/site/print-style.js';
import type { SiteView } from '../../../src/render/view/site-view.js';
import { pageTexts, squash } from '../print/print-helpers.js';
import { openSitePage } from './site-browser.js';
import { examplePlan, removeRenderedSites, renderPlanSite, siteViewOf, type RenderedSite } from './site-fixture.js';

let browser: Browser;
let site: RenderedSite;
let view: SiteView;

beforeAll(async () => {
  view = await siteViewOf(examplePlan, { charts: false });
  site = await renderPlanSite(examplePlan, view);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await removeRenderedSites();
});

describe('a site page printed from Chromium', () => {
  it('carries the organization, version, "valid until" and page N of M on every page, and no menu', async () => {
    const { page } = await openSitePage(browser, site.siteDir, 'scenarios/premises-loss.html');
    const pdfFile = path.join(path.dirname(site.siteDir), 'printed-page.pdf');
    await writeFile(pdfFile, await page.pdf({ preferCSSPageSize: true }));
    await page.close();
    const pages = (await pageTexts(pdfFile)).map(squash);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((text, index) => {
      expect(text, `page ${index + 1}`).toContain(
        `${view.meta.organization}, ${view.meta.title}, version ${view.meta.version}`,
      );
      expect(text, `page ${index + 1}`).toContain(`Valid until ${view.meta.validUntil}`);
      expect(text, `page ${index + 1}`).toContain(`Page ${index + 1} of ${pages.length}`);
    });
    // The menu and the search box are for the screen.
    expect(pages[0]).not.toContain('Printable binder (PDF)');
    expect(pages[0]).not.toContain('Search the plan');
    // The action card starts on the first page.
    expect(pages[0]).toContain('Act now');
  });

  it('says the plan is out of date in the running header when it is', async () => {
    const stale: SiteView = {
      ...view,
      meta: { ...view.meta, validUntil: null, outOfDate: 'the plan review was due on 2026-10-01' },
    };
    const staleSite = await renderPlanSite(examplePlan, stale);
    const { page } = await openSitePage(browser, staleSite.siteDir, 'contacts.html');
    const pdfFile = path.join(path.dirname(staleSite.siteDir), 'stale.pdf');
    await writeFile(pdfFile, await page.pdf({ preferCSSPageSize: true }));
    await page.close();
    const [first = ''] = (await pageTexts(pdfFile)).map(squash);
    expect(first).toContain('Out of date: look for a newer copy');
    expect(first).not.toContain('Valid until');
  });
});

describe('cssString', () => {
  it('keeps plain words and escapes what could end the string or the rule', () => {
    expect(cssString('Harbour & Pine, version 3.2')).toBe('"Harbour & Pine, version 3.2"');
    const hostile = 'A"; } body { display: none } /* \\ \n';
    const css = cssString(hostile);
    expect(css.slice(1, -1)).not.toMatch(/["{};/*\\\n]\s*(?![0-9a-f])/);
    expect(css).toMatch(/^"[^"]*"$/);
    // Escapes decode back to the text: a hex escape and the one space after it.
    const decoded = css
      .slice(1, -1)
      .replace(/\\([0-9a-f]+) /g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
    expect(decoded).toBe(hostile);
  });
});
