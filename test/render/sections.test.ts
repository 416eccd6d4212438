import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { fontDir } from '../../src/render/fonts.js';
import { binderView } from '../../src/render/print/binder-view.js';
import { renderPrintHtml } from '../../src/render/print/print-html.js';
import {
  binderContents,
  binderPartials,
  searchDocuments,
  sections,
  siteMenu,
  sitePages,
} from '../../src/render/sections/index.js';
import { renderSite } from '../../src/render/site/render-site.js';
import { siteData, type SiteData } from '../../src/render/view/site-view.js';
import { loadTemplates, type TemplateSet } from '../../src/render/templates.js';
import { examplePlan, siteViewOf } from './site/site-fixture.js';
import { planView } from './print/print-helpers.js';

/** The elements of a page that pass `test`, in document order. */
function elements(tree: Root, test: (element: Element, ancestors: string[]) => boolean): Element[] {
  const found: Element[] = [];
  const walk = (node: Root | Element, ancestors: string[]): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (test(child, ancestors)) found.push(child);
      walk(child, [...ancestors, child.tagName, ...((child.properties.className as string[] | undefined) ?? [])]);
    }
  };
  walk(tree, []);
  return found;
}

const links = (tree: Root, inside: string): string[] =>
  elements(tree, (element, ancestors) => element.tagName === 'a' && ancestors.includes(inside)).map((link) =>
    String(link.properties.href),
  );

/** The outputs are read off the section registry: what it lists is what the site, binder and search show. */
describe('the section registry', () => {
  let templates: TemplateSet;
  let data: SiteData;

  beforeAll(async () => {
    templates = await loadTemplates(examplePlan);
    data = siteData(await siteViewOf(examplePlan, { charts: false }));
  });

  it('names each section once, and each has a site page, a binder part or both', () => {
    const ids = sections.map((section) => section.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const section of sections) expect(section.site ?? section.binder, section.id).toBeDefined();
  });

  it('gives the site exactly its pages, and a menu whose every entry is one of them, in registry order', async () => {
    const files = await renderSite({ ...data, charts: null }, templates);
    const pages = files.map((file) => file.path).filter((file) => file.endsWith('.html'));
    expect(pages).toEqual(
      sitePages(data)
        .map((page) => page.file)
        .sort(),
    );
    const menu = siteMenu(data);
    const order = sections.map((section) => section.id);
    expect(menu.map((item) => order.indexOf(item.section))).toEqual(
      [...menu.map((item) => order.indexOf(item.section))].sort((a, b) => a - b),
    );
    const index = String(files.find((file) => file.path === 'index.html')!.bytes);
    const nav = links(fromHtml(index), 'nav');
    for (const item of menu) expect(nav).toContain(item.file);
  });

  it('leaves a section with nothing to show out of the site and its menu', () => {
    const formless = { ...data, forms: [] };
    expect(sitePages(formless).map((page) => page.file)).not.toContain('forms.html');
    expect(siteMenu(formless).map((item) => item.section)).not.toContain('forms');
    expect(siteMenu(data).map((item) => item.section)).toContain('forms');
  });

  it('prints the binder’s parts in registry order, and every contents line leads to its part', async () => {
    const view = await planView(examplePlan);
    const html = fromHtml(renderPrintHtml(view, templates, { fontDir: fontDir() }));
    const contents = binderContents(binderView(view, fontDir()));
    const lines = links(html, 'toc').map((href) => href.slice(1));
    expect(lines).toEqual(contents.flatMap((entry) => [entry.id, ...entry.children.map((child) => child.id)]));
    const ids = elements(html, (element) => typeof element.properties.id === 'string').map((element) =>
      String(element.properties.id),
    );
    for (const id of lines) expect(ids, `#${id}`).toContain(id);
    // The parts' first headings come in the order of the contents.
    const top = contents.map((entry) => ids.indexOf(entry.id));
    expect(top).toEqual([...top].sort((a, b) => a - b));
    expect(binderPartials()).toContain('print-contents');
  });

  it('indexes for search what each section says it holds, each document leading to a page of the site', () => {
    const documents = searchDocuments(data);
    const files = new Set(sitePages(data).map((page) => page.file));
    expect(new Set(documents.map((d) => d.id)).size).toBe(documents.length);
    for (const document of documents) expect(files, document.id).toContain(document.url.split('#')[0]);
    for (const section of sections) {
      const own = section.search?.(data) ?? [];
      expect(documents, section.id).toEqual(expect.arrayContaining(own));
    }
  });
});
