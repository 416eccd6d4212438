import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenLinks, decodeAttribute, htmlPages, linksOf, readPage, titleOf } from './site-pages.js';
import { repoRoot } from '../../helpers/paths.js';
import { examplePlan, removeRenderedSites, renderPlanSite, siteViewOf, type RenderedSite } from './site-fixture.js';

afterAll(removeRenderedSites);

let site: RenderedSite;
let menuScript: string;

beforeAll(async () => {
  site = await renderPlanSite();
  menuScript = await readFile(path.join(repoRoot, 'templates', 'assets', 'site-menu.js'), 'utf8');
});

describe('renderSite on the example plan', () => {
  it('writes a page per part of the plan and per scenario, the stylesheet and the fonts, sorted', async () => {
    const view = await siteViewOf(examplePlan);
    expect(site.files).toEqual([...site.files].sort());
    for (const page of ['index', 'contacts', 'communication', 'vendors', 'systems', 'premises', 'documents']) {
      expect(site.files).toContain(`${page}.html`);
    }
    for (const page of ['exercises', 'findings', 'search']) expect(site.files).toContain(`${page}.html`);
    for (const scenario of view.scenarios) expect(site.files).toContain(`scenarios/${scenario.id}.html`);
    expect(site.files).toContain('assets/site.css');
    // The fonts written are exactly the fonts the stylesheet asks for: none missing, none shipped for nothing.
    const css = await readFile(path.join(site.siteDir, 'assets/site.css'), 'utf8');
    const wanted = [...css.matchAll(/url\('([^']+\.woff2)'\)/g)].map((match) => path.posix.join('assets', match[1]!));
    expect(wanted.length).toBeGreaterThan(0);
    expect(site.files.filter((file) => file.endsWith('.woff2'))).toEqual([...new Set(wanted)].sort());
    for (const file of site.files) expect(existsSync(path.join(site.siteDir, file))).toBe(true);
  });

  it('gives byte-identical files for the same view', async () => {
    const view = await siteViewOf(examplePlan);
    const [first, second] = [await renderPlanSite(examplePlan, view), await renderPlanSite(examplePlan, view)];
    expect(second.files).toEqual(first.files);
    for (const file of first.files) {
      const [a, b] = await Promise.all([first, second].map((s) => readFile(path.join(s.siteDir, file))));
      expect(b!.equals(a!), file).toBe(true);
    }
  });

  it('names the page and the organization in every title, each title once', async () => {
    const { organization } = (await siteViewOf(examplePlan)).meta;
    const titles = new Set<string>();
    for (const file of htmlPages(site.files)) {
      const title = titleOf(await readPage(site.siteDir, file));
      expect(title, file).toContain(organization);
      expect(title.replace(organization, '').trim().length, file).toBeGreaterThan(2);
      titles.add(title);
    }
    expect(titles.size).toBe(htmlPages(site.files).length);
    const crm = titleOf(await readPage(site.siteDir, 'scenarios/crm-outage.html'));
    expect(crm).toContain('Brightpearl (CRM and sales system) is down');
  });

  it('links only to files and anchors that exist, by relative paths', async () => {
    expect(await brokenLinks(site.siteDir, site.files)).toEqual([]);
  });

  it('links to the binder next to the site from every page', async () => {
    for (const file of htmlPages(site.files)) {
      const depth = file.split('/').length - 1;
      const links = linksOf(await readPage(site.siteDir, file)).map((link) => link.value);
      expect(links, file).toContain(`${'../'.repeat(depth)}../binder.pdf`);
    }
  });

  it('puts a strict CSP first in <head>, with the hash of every inline script', async () => {
    for (const file of htmlPages(site.files)) {
      const html = await readPage(site.siteDir, file);
      const head = html.slice(0, html.indexOf('</head>'));
      const csp = decodeAttribute(
        /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(head)?.[1] ?? '',
      );
      expect(csp, file).not.toBe('');
      expect(head.indexOf('Content-Security-Policy')).toBeLessThan(head.indexOf('<link'));
      expect(csp).toMatch(/^default-src 'none'; /);
      expect(csp).not.toMatch(/unsafe-eval|https?:|\*/);
      const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
      for (const script of scripts) {
        const hash = createHash('sha256').update(script, 'utf8').digest('base64');
        expect(csp, file).toContain(`'sha256-${hash}'`);
      }
      // The menu button's script on every page; the search page adds MiniSearch, its index and its own.
      expect(scripts[0], file).toBe(menuScript);
      expect(scripts, file).toHaveLength(file === 'search.html' ? 4 : 1);
      if (file !== 'search.html') expect(csp, file).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'; /);
    }
  });

  it('is valid HTML under html-validate’s recommended rules', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // Phone numbers sit in `.tel`, which the stylesheet keeps on one line (white-space: nowrap).
        'tel-non-breaking': ['error', { ignoreClasses: ['tel'] }],
        // The limit is for search-engine listings; an offline site's titles name a scenario as the plan words
        // it, plus the organization, and both are required.
        'long-title': 'off',
      },
    });
    for (const file of htmlPages(site.files)) {
      const report = await validator.validateString(await readPage(site.siteDir, file), file);
      const messages = report.results.flatMap((r) =>
        r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`),
      );
      expect(messages, file).toEqual([]);
    }
  });
});
