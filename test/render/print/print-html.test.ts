import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { beforeAll, describe, expect, it } from 'vitest';
import { fontDir } from '../../../src/render/fonts.js';
import { balancedPages, binderView } from '../../../src/render/print/binder-view.js';
import { renderPrintHtml, type PrintView } from '../../../src/render/print/print-html.js';
import { loadTemplates, type TemplateSet } from '../../../src/render/templates.js';
import { repoRoot } from '../../helpers/paths.js';
import { examplePlan, planView } from './print-helpers.js';

const svg = (id: string): Handlebars.SafeString =>
  new Handlebars.SafeString(`<svg id="${id}" viewBox="0 0 10 10"></svg>`);

describe('renderPrintHtml', () => {
  let view: PrintView;
  let templates: TemplateSet;
  let html: string;

  beforeAll(async () => {
    view = await planView(examplePlan);
    templates = await loadTemplates(examplePlan);
    html = renderPrintHtml(view, templates, { fontDir: fontDir() });
  });

  it('renders a view without charts (charts: null), and one with no charts field at all', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toContain('<figure class="chart');
    const withoutField: PrintView = { ...view };
    delete withoutField.charts;
    expect(renderPrintHtml(withoutField, templates, { fontDir: fontDir() })).toBe(html);
  });

  it('places each chart where it helps: overview, systems, exercises', () => {
    const charted = renderPrintHtml(
      { ...view, charts: { rtoMtd: svg('rto-mtd'), dependencies: svg('dependencies'), timeline: svg('timeline') } },
      templates,
      { fontDir: fontDir() },
    );
    const at = (needle: string): number => charted.indexOf(needle);
    expect(at('id="rto-mtd"')).toBeGreaterThan(at('id="scenarios"'));
    expect(at('id="rto-mtd"')).toBeLessThan(at(`id="${view.scenarios[0]!.slug}"`));
    expect(at('id="dependencies"')).toBeGreaterThan(at('id="systems"'));
    expect(at('id="dependencies"')).toBeLessThan(at('id="premises"'));
    expect(at('id="timeline"')).toBeGreaterThan(at('id="exercises"'));
    expect(at('id="timeline"')).toBeLessThan(at('id="open-actions"'));
  });

  it('prints whichever charts there are', () => {
    const one = renderPrintHtml({ ...view, charts: { timeline: svg('timeline'), rtoMtd: null } }, templates, {
      fontDir: fontDir(),
    });
    expect(one.match(/<figure class="chart/g)).toHaveLength(1);
  });

  it('has a contents entry, linked, for every scenario', () => {
    for (const scenario of view.scenarios) {
      expect(html).toContain(`<a class="toc-entry" href="#${scenario.slug}">`);
      expect(html).toContain(`<h2 id="${scenario.slug}">`);
    }
  });

  it('has a target for every page reference, and a link to it (the draft print reads the links)', () => {
    const refs = new Set([...html.matchAll(/data-page-ref="([^"]+)"/g)].map((match) => match[1]!));
    expect(refs.size).toBeGreaterThan(view.scenarios.length + 10);
    for (const id of refs) {
      expect(html, id).toContain(`id="${id}"`);
      expect(html, id).toContain(`href="#${id}"`);
    }
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size, 'ids are unique').toBe(ids.length);
  });

  it('loads its fonts from local files that exist, and nothing from the web', () => {
    const urls = [...html.matchAll(/url\("([^"]+)"\)/g)].map((match) => match[1]!);
    expect(urls.length).toBeGreaterThanOrEqual(3);
    for (const url of urls) {
      expect(url).toMatch(/^file:\/\/.*\.woff2$/);
      expect(existsSync(fileURLToPath(url)), url).toBe(true);
    }
    expect(html).not.toMatch(/\ssrc="(?!data:)/);
    expect(html).not.toContain('<link');
  });

  it('writes headings without stray whitespace (bookmark titles keep every space as written)', () => {
    expect(html).not.toMatch(/<h[1-6][^>]*>\s/);
    expect(html).not.toMatch(/\s<\/h[1-6]>/);
  });

  it('splits the quick reference over pages of two scenarios, each page saying where the list goes on', () => {
    const pages = binderView(view, fontDir()).print.quickReference;
    expect(pages.map((page) => page.items.length)).toEqual([
      2,
      ...balancedPages(view.scenarios.slice(2), 2).map((page) => page.items.length),
    ]);
    expect(pages.flatMap((page) => page.items.map((item) => item.id))).toEqual(view.scenarios.map((s) => s.id));
    pages.forEach((page, index) => {
      expect(page.previous).toBe(index === 0 ? null : pages[index - 1]!.anchor);
      expect(page.next).toBe(index === pages.length - 1 ? null : pages[index + 1]!.anchor);
    });
    expect(html.match(/<table class="qr">/g)).toHaveLength(pages.length);
  });

  it('lists everyone on the call tree once', () => {
    const tree = binderView(view, fontDir()).print.callTree;
    type Node = (typeof tree)[number];
    const names = (nodes: Node[]): string[] => nodes.flatMap((node) => [node.person.id, ...names(node.children)]);
    expect(names(tree).sort()).toEqual(view.callTree.map((person) => person.id).sort());
  });
});

describe('balancedPages', () => {
  it('fills pages evenly rather than leaving a short last page', () => {
    const sizes = (count: number): number[] =>
      balancedPages(
        Array.from({ length: count }, (_, i) => i),
        4,
      ).map((page) => page.items.length);
    expect(sizes(0)).toEqual([0]);
    expect(sizes(3)).toEqual([3]);
    expect(sizes(4)).toEqual([4]);
    expect(sizes(5)).toEqual([3, 2]);
    expect(sizes(8)).toEqual([4, 4]);
    expect(sizes(9)).toEqual([3, 3, 3]);
  });
});

describe('the print templates', () => {
  it('never use the triple-stash: plan data is always escaped', async () => {
    const root = path.join(repoRoot, 'templates');
    const files = (await readdir(root, { recursive: true })).filter((file) =>
      /(^|\/)(print\/|partials\/print-)/.test(file),
    );
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      expect(await readFile(path.join(root, file), 'utf8'), file).not.toContain('{{{');
    }
  });
});
