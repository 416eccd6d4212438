import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../../src/output/browser.js';
import type { SiteView } from '../../../src/render/view/site-view.js';
import { openSitePage, seriousAxeViolations } from './site-browser.js';
import { examplePlan, removeRenderedSites, renderPlanSite, siteViewOf, type RenderedSite } from './site-fixture.js';
import { htmlPages, readPage } from './site-pages.js';

let browser: Browser;
let site: RenderedSite;
let view: SiteView;

beforeAll(async () => {
  view = await siteViewOf(examplePlan);
  site = await renderPlanSite(examplePlan, view);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await removeRenderedSites();
});

describe('the example plan’s site opened from file:// in Chromium', () => {
  it('makes no request outside the site folder, logs no error and breaks no CSP rule, on any page', async () => {
    for (const file of htmlPages(site.files)) {
      const { page, outside, problems } = await openSitePage(browser, site.siteDir, file);
      expect(outside, file).toEqual([]);
      expect(problems, file).toEqual([]);
      await page.close();
    }
  });

  it('would notice a script the CSP blocks and a request that leaves the site (the checks above are live)', async () => {
    const search = await readPage(site.siteDir, 'search.html');
    const tampered = search
      .replace('window.bcpSearchDocuments = ', 'window.bcpSearchDocuments =  ')
      .replace('</main>', '<img src="https://example.com/pixel.png" alt="x"></main>');
    await writeFile(path.join(site.siteDir, 'tampered.html'), tampered);
    const { page, problems } = await openSitePage(browser, site.siteDir, 'tampered.html');
    expect(problems.join('\n')).toMatch(/CSP violation: script-src-elem inline/);
    expect(problems.join('\n')).toMatch(/CSP violation: img-src https:\/\/example.com\/pixel.png/);
    await page.close();
    // Without a CSP, the request interception is what stops it.
    await writeFile(path.join(site.siteDir, 'no-csp.html'), tampered.replace(/<meta http-equiv[^>]*>/, ''));
    const opened = await openSitePage(browser, site.siteDir, 'no-csp.html');
    expect(opened.outside).toEqual(['https://example.com/pixel.png']);
    await opened.page.close();
  });

  it('has no serious or critical axe-core violation on any page', async () => {
    for (const file of htmlPages(site.files)) {
      const { page } = await openSitePage(
        browser,
        site.siteDir,
        file,
        file === 'search.html' ? { query: '?q=freight' } : {},
      );
      expect(await seriousAxeViolations(page), file).toEqual([]);
      await page.close();
    }
  });

  it('finds a vendor by name from the search box in the page header', async () => {
    const vendor = view.vendors.find((v) => v.id === 'coastline-freight') ?? view.vendors[0]!;
    const { page, problems, outside } = await openSitePage(browser, site.siteDir, 'index.html');
    await page.type('#site-search-q', vendor.name);
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    expect(page.url()).toContain('search.html?q=');
    const results = await page.$$eval('#search-results a', (links) => links.map((a) => a.getAttribute('href')));
    expect(results).toContain(`vendors.html#vendor-${vendor.id}`);
    expect(await page.$eval('#search-q', (input) => (input as HTMLInputElement).value)).toBe(vendor.name);
    expect([...problems, ...outside]).toEqual([]);
    await page.close();
  });

  it('finds every vendor by name, and a system by its alias, as you type', async () => {
    const { page, problems } = await openSitePage(browser, site.siteDir, 'search.html');
    const search = async (query: string): Promise<(string | null)[]> => {
      await page.$eval('#search-q', (input) => ((input as HTMLInputElement).value = ''));
      await page.type('#search-q', query);
      // Results come once the typing pauses: wait for the status to name the query.
      await page.waitForFunction(
        (typed) => document.getElementById('search-status')?.textContent?.includes(`“${typed}”`),
        { timeout: 5000 },
        query,
      );
      return page.$$eval('#search-results a', (links) => links.map((a) => a.getAttribute('href')));
    };
    for (const vendor of view.vendors) {
      expect(await search(vendor.name), vendor.name).toContain(`vendors.html#vendor-${vendor.id}`);
    }
    const system = view.systems.find((s) => s.aliases.length > 0)!;
    expect(await search(system.aliases[0]!)).toContain(`systems.html#system-${system.id}`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says so when nothing is found', async () => {
    const { page } = await openSitePage(browser, site.siteDir, 'search.html', { query: '?q=zzqxv' });
    expect(await page.$eval('#search-status', (status) => status.textContent)).toMatch(/Nothing found/);
    expect(await page.$$('#search-results li')).toHaveLength(0);
    await page.close();
  });

  it('fits a 390 px wide phone screen without sideways scrolling', async () => {
    for (const file of htmlPages(site.files)) {
      const { page } = await openSitePage(browser, site.siteDir, file, { width: 390 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, file).toBeLessThanOrEqual(0);
      await page.close();
    }
  });
});
