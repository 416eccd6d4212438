import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../../src/output/browser.js';
import { repoRoot } from '../../helpers/paths.js';
import { openSitePage } from './site-browser.js';
import { examplePlan, removeRenderedSites, renderPlanSite, siteViewOf } from './site-fixture.js';

// A phone held upright: what someone in an outage sees before scrolling.
const PHONE = { width: 390, height: 844 };

const plans = [
  examplePlan,
  ...['clinic', 'cafe', 'accounting-firm'].map((name) => path.join(repoRoot, 'examples', name)),
];

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await removeRenderedSites();
});

/** Where an element is on the page with the page scrolled to the top, or null when it is not shown. */
async function boxOf(page: Page, selector: string): Promise<{ top: number; bottom: number } | null> {
  return page.$eval(selector, (element) => {
    window.scrollTo(0, 0);
    const box = element.getBoundingClientRect();
    return box.height === 0 ? null : { top: box.top, bottom: box.bottom };
  });
}

describe('a scenario page on a 390 × 844 phone', () => {
  it.each(plans)('shows the first action of every scenario of %s on the first screen', async (planDir) => {
    const view = await siteViewOf(planDir, { charts: false });
    const site = await renderPlanSite(planDir, view);
    for (const scenario of view.scenarios) {
      const file = `scenarios/${scenario.id}.html`;
      const { page, problems } = await openSitePage(browser, site.siteDir, file, PHONE);
      const first = await boxOf(page, '#first-action-1');
      expect(first, file).not.toBeNull();
      expect(first!.bottom, file).toBeLessThanOrEqual(PHONE.height);
      // The element is the plan's first workaround step (or the words saying there is none yet).
      const text = await page.$eval('#first-action-1', (element) => element.textContent ?? '');
      const firstStep = scenario.workaround[0];
      if (firstStep)
        expect(text.replace(/\s+/g, ' '), file).toContain(firstStep.text.replace(/\s+/g, ' ').slice(0, 40));
      expect(problems, file).toEqual([]);
      await page.close();
    }
  });

  it('keeps the first action on the first screen however long the scenario’s description', async () => {
    const view = await siteViewOf(examplePlan, { charts: false });
    const long = 'Everything that can go wrong with the premises, in the owner’s own long words. '.repeat(40);
    const scenario = view.scenarios[0]!;
    const site = await renderPlanSite(examplePlan, {
      ...view,
      scenarios: [{ ...scenario, description: long }, ...view.scenarios.slice(1)],
    });
    const { page } = await openSitePage(browser, site.siteDir, `scenarios/${scenario.id}.html`, PHONE);
    expect((await boxOf(page, '#first-action-1'))!.bottom).toBeLessThanOrEqual(PHONE.height);
    expect(await page.$eval('main', (main) => main.textContent)).toContain(long.trim());
    await page.close();
  });

  it('links from the action card to every section it names, and each target exists', async () => {
    const site = await renderPlanSite(examplePlan, undefined, { charts: false });
    const { page } = await openSitePage(browser, site.siteDir, 'scenarios/premises-loss.html', PHONE);
    const targets = await page.$$eval('nav.jump a', (links) =>
      links.map((a) => {
        const href = a.getAttribute('href') ?? '';
        return { href, found: !href.startsWith('#') || document.getElementById(href.slice(1)) !== null };
      }),
    );
    expect(targets.map((t) => t.href)).toEqual(expect.arrayContaining(['#workaround', '#recovery', '#back-to-normal']));
    expect(targets.filter((t) => !t.found)).toEqual([]);
    // The premises' call rerouting steps, on the premises page (the site's link check follows it there).
    expect(targets.map((t) => t.href)).toContain('../premises.html#reroute-main-office');
    // The jump links come right after the card, so they are on the first screens, not after the reference material.
    const card = await boxOf(page, '.action-card');
    const jump = await boxOf(page, 'nav.jump');
    expect(jump!.top).toBeGreaterThanOrEqual(card!.bottom);
    expect(jump!.top).toBeLessThan(3 * PHONE.height);
    await page.close();
  });
});

describe('the header and menu on a phone', () => {
  it('folds the menu away behind a button in a header under 1/8 of the screen, and opens it on a tap', async () => {
    const site = await renderPlanSite(examplePlan, undefined, { charts: false });
    const { page, problems } = await openSitePage(browser, site.siteDir, 'contacts.html', PHONE);
    const header = await boxOf(page, '.site-header');
    expect(header!.bottom).toBeLessThanOrEqual(PHONE.height / 8);
    expect(await boxOf(page, '.site-nav')).toBeNull();
    expect(await page.$eval('.menu-button', (b) => b.getAttribute('aria-expanded'))).toBe('false');
    await page.click('.menu-button');
    expect(await page.$eval('.menu-button', (b) => b.getAttribute('aria-expanded'))).toBe('true');
    expect(await boxOf(page, '.site-nav a[href="vendors.html"]')).not.toBeNull();
    await page.click('.menu-button');
    expect(await boxOf(page, '.site-nav')).toBeNull();
    // Search stays one tap away while the menu is folded.
    expect(await boxOf(page, '.search-link')).not.toBeNull();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps the menu open without JavaScript, and on a desktop shows it with no button', async () => {
    const site = await renderPlanSite(examplePlan, undefined, { charts: false });
    const noScript = await openSitePage(browser, site.siteDir, 'contacts.html', { ...PHONE, javaScript: false });
    expect(await boxOf(noScript.page, '.site-nav a[href="vendors.html"]')).not.toBeNull();
    expect(await boxOf(noScript.page, '.menu-button')).toBeNull();
    await noScript.page.close();
    const desktop = await openSitePage(browser, site.siteDir, 'contacts.html', { width: 1280, height: 800 });
    expect(await boxOf(desktop.page, '.site-nav a[href="vendors.html"]')).not.toBeNull();
    expect(await boxOf(desktop.page, '.menu-button')).toBeNull();
    expect(await boxOf(desktop.page, '#site-search-q')).not.toBeNull();
    await desktop.page.close();
  });
});

describe('search as you type', () => {
  it('shows results after typing, with no Enter, in the page’s box and in the header’s box', async () => {
    const view = await siteViewOf(examplePlan, { charts: false });
    const site = await renderPlanSite(examplePlan, view);
    const vendor = view.vendors[0]!;
    const expected = `vendors.html#vendor-${vendor.id}`;
    const resultLinks = (page: Page): Promise<string[]> =>
      page.$$eval('#search-results a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const box of ['#search-q', '#site-search-q']) {
      const { page, problems } = await openSitePage(browser, site.siteDir, 'search.html', { width: 1280 });
      await page.type(box, vendor.name);
      await page.waitForFunction(
        (href) =>
          Array.from(document.querySelectorAll('#search-results a')).some((a) => a.getAttribute('href') === href),
        { timeout: 5000 },
        expected,
      );
      expect(await resultLinks(page), box).toContain(expected);
      expect(page.url(), box).not.toContain('?q=');
      expect(problems, box).toEqual([]);
      await page.close();
    }
  });
});
