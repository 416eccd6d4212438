import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../../src/output/browser.js';
import { repoRoot } from '../../helpers/paths.js';
import { openSitePage } from './site-browser.js';
import { removeRenderedSites, renderPlanSite, type RenderedSite } from './site-fixture.js';
import { brokenLinks, decodeAttribute, htmlPages, readPage } from './site-pages.js';

const unsafePlan = path.join(repoRoot, 'test', 'fixtures', 'render', 'site-unsafe');
let site: RenderedSite;
let browser: Browser;

beforeAll(async () => {
  // Charts included: plan text with `javascript:` or `<script>` must come out of them as plain words too.
  site = await renderPlanSite(unsafePlan);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await removeRenderedSites();
});

const tagsOf = (html: string): string[] => [...html.matchAll(/<[a-zA-Z][^>]*>/g)].map((match) => match[0]);

describe('a plan whose text holds <script>, event handlers and javascript: links', () => {
  it('renders no script but the menu’s and the search page’s own, no on* attribute and no unsafe URL', async () => {
    for (const file of htmlPages(site.files)) {
      const html = await readPage(site.siteDir, file);
      // The menu button's script on every page, and the search page's three.
      expect(html.match(/<script/gi) ?? [], file).toHaveLength(file === 'search.html' ? 4 : 1);
      const tags = tagsOf(html.replace(/<script>[\s\S]*?<\/script>/g, ''));
      expect(
        tags.filter((tag) => /\son[a-z]+\s*=/i.test(tag)),
        file,
      ).toEqual([]);
      expect(
        tags.filter((tag) => /^<(iframe|object|embed|style|base|form action="j)/i.test(tag)),
        file,
      ).toEqual([]);
      const urls = [...html.matchAll(/\s(?:href|src|action|formaction)="([^"]*)"/g)].map((m) => decodeAttribute(m[1]!));
      expect(
        urls.filter((url) => /^\s*(javascript|vbscript|data):/i.test(url)),
        file,
      ).toEqual([]);
    }
  });

  it('shows the text itself, escaped, where the plan put it', async () => {
    const scenario = await readPage(site.siteDir, 'scenarios/crm-outage.html');
    expect(scenario).toContain('CRM is down &lt;script&gt;alert(&#x27;scenario title&#x27;)&lt;/script&gt;');
    expect(scenario).toMatch(/Call support, text .*onerror.* text\./);
    // A step that is only a raw HTML block comes out of Markdown empty: the site shows its text instead.
    expect(scenario).toContain('&lt;script&gt;alert(&#x27;step block&#x27;)&lt;/script&gt;');
    const contacts = await readPage(site.siteDir, 'contacts.html');
    expect(contacts).toContain('Olivia &lt;img src&#x3D;x onerror&#x3D;alert(&#x27;name&#x27;)&gt; Owner');
  });

  it('turns links to other Markdown files into links to their pages, and drops the rest', async () => {
    const scenario = await readPage(site.siteDir, 'scenarios/crm-outage.html');
    expect(scenario).toContain('<a href="../documents.html#document-runbook">Runbook</a>');
    expect(scenario).toContain('<span>Elsewhere</span>');
    expect(scenario).not.toContain('tracker.example.com');
    expect(await brokenLinks(site.siteDir, site.files)).toEqual([]);
  });

  it('runs nothing in Chromium: no dialog, no handler, no request outside the site, on any page', async () => {
    for (const file of htmlPages(site.files)) {
      const query = file === 'search.html' ? '?q=alert' : '';
      const { page, dialogs, outside, problems } = await openSitePage(browser, site.siteDir, file, { query });
      const found = await page.evaluate(() => ({
        scripts: document.scripts.length,
        handlers: Array.from(document.querySelectorAll('*')).flatMap((el) =>
          Array.from(el.attributes)
            .filter((a) => a.name.startsWith('on'))
            .map((a) => `${el.tagName} ${a.name}`),
        ),
        javascript: Array.from(document.querySelectorAll('[href], [src], [action]'))
          .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '')
          .filter((url) => /^\s*(javascript|vbscript|data):/i.test(url)),
        results: document.querySelectorAll('#search-results li').length,
      }));
      expect(found.scripts, file).toBe(file === 'search.html' ? 4 : 1);
      expect(found.handlers, file).toEqual([]);
      expect(found.javascript, file).toEqual([]);
      if (file === 'search.html') expect(found.results).toBeGreaterThan(0);
      expect(dialogs, file).toEqual([]);
      expect(outside, file).toEqual([]);
      expect(problems, file).toEqual([]);
      await page.close();
    }
  });
});
