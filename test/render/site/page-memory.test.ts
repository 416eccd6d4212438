import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Handlebars from 'handlebars';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SitePageMemory } from '../../../src/render/site/page-memory.js';
import { renderSite } from '../../../src/render/site/render-site.js';
import { loadTemplates, type TemplateSet } from '../../../src/render/templates.js';
import type { OutputFile } from '../../../src/render/output-file.js';
import { examplePlan, siteViewOf } from './site-fixture.js';

let planDir: string;
let templates: TemplateSet;

beforeAll(async () => {
  planDir = await mkdtemp(path.join(os.tmpdir(), 'bcp-page-memory-'));
  await cp(examplePlan, planDir, { recursive: true });
  templates = await loadTemplates(planDir);
});
afterAll(() => rm(planDir, { recursive: true, force: true }));

async function edit(file: string, change: (text: string) => string): Promise<void> {
  const at = path.join(planDir, file);
  const before = await readFile(at, 'utf8');
  const after = change(before);
  expect(after).not.toBe(before);
  await writeFile(at, after);
}

/** The text with the last match of `pattern` changed. */
function editLast(text: string, pattern: RegExp, change: (match: string) => string): string {
  const last = [...text.matchAll(pattern)].at(-1);
  if (!last) return text;
  return text.slice(0, last.index) + change(last[0]) + text.slice(last.index + last[0].length);
}

function asText(files: OutputFile[]): Map<string, string> {
  return new Map(files.map((file) => [file.path, Buffer.from(file.bytes).toString('utf8')]));
}

describe('the site rendered again with the pages remembered (bcp watch)', () => {
  it('gives the same bytes as a whole render after each kind of edit, and redoes only the pages it must', async () => {
    const memory = new SitePageMemory();
    const first = await renderSite(await siteViewOf(planDir), templates, memory);
    expect(memory.last).toEqual({ rendered: expect.any(Number) as number, reused: 0 });
    const pages = memory.last.rendered;

    await renderSite(await siteViewOf(planDir), templates, memory);
    expect(memory.last).toEqual({ rendered: 0, reused: pages });
    expect(first.length).toBeGreaterThan(pages);

    const edits: [string, string, (text: string) => string][] = [
      // A scenario's title shows on its page, the home page, the lists and the pages that link to it.
      ['a scenario title', 'scenarios-systems.yaml', (t) => t.replace(/title: (.*)/, 'title: $1 (edited)')],
      // A person's phone (not the plan owner's, which is on every page) shows on the pages that list them.
      [
        'a phone number',
        'people.yaml',
        (t) => editLast(t, /phone: '\+61 [\d ]+'/g, (phone) => phone.replace("'+61", "'+61 9")),
      ],
      // The organisation's name is in every page's title.
      ['the organisation', 'plan.yaml', (t) => t.replace(/organization: '(.*)'/, "organization: '$1 Group'")],
    ];
    for (const [what, file, change] of edits) {
      await edit(file, change);
      const view = await siteViewOf(planDir);
      const remembered = asText(await renderSite(view, templates, memory));
      const whole = asText(await renderSite(view, templates));
      expect([...remembered.keys()], what).toEqual([...whole.keys()]);
      for (const [page, html] of whole) expect(remembered.get(page), `${what}: ${page}`).toBe(html);
      expect(memory.last.rendered + memory.last.reused, what).toBe(pages);
      if (what === 'the organisation') expect(memory.last.rendered, what).toBe(pages);
      else expect(memory.last.rendered, what).toBeLessThan(pages);
    }
  });

  it('renders every page again when a template changes', async () => {
    const memory = new SitePageMemory();
    const view = await siteViewOf(planDir);
    await renderSite(view, templates, memory);
    const pages = memory.last.rendered;
    const other = { ...templates, fingerprint: `${templates.fingerprint}-changed` };
    await renderSite(view, other, memory);
    expect(memory.last).toEqual({ rendered: pages, reused: 0 });
  });

  it('renders a page again when a value it only tested becomes empty, and when a removed page comes back', async () => {
    const memory = new SitePageMemory();
    const view = await siteViewOf(planDir);
    const withCharts = asText(await renderSite(view, templates, memory));
    const without = asText(await renderSite({ ...view, charts: null }, templates, memory));
    const whole = asText(await renderSite({ ...view, charts: null }, templates));
    expect(memory.last.rendered).toBeGreaterThan(0);
    for (const [page, html] of whole) expect(without.get(page), page).toBe(html);
    expect([...withCharts.values()].join('')).toContain('<svg');
    const fewer = { ...view, scenarios: view.scenarios.slice(1) };
    const dropped = asText(await renderSite(fewer, templates, memory));
    expect(dropped.size).toBe(withCharts.size - 1);
    const back = asText(await renderSite(view, templates, memory));
    for (const [page, html] of withCharts) expect(back.get(page), page).toBe(html);
  });
});

describe('what a page is noted to have read', () => {
  it('tells a value that was looked into from one that was only passed along or tested', async () => {
    const handlebars = Handlebars.create();
    handlebars.registerPartial('phone', '<a href="tel:{{number}}">{{number}}</a>');
    const page = handlebars.compile('{{#if charts}}chart{{/if}} {{> phone number=meta.phone}} {{people.length}}', {
      strict: true,
    });
    const memory = new SitePageMemory();
    const built = memory.build('t');
    const data = { charts: { svg: 'x' }, meta: { phone: '1' }, people: [1, 2], other: { big: 'y' } };
    const render = (context: object): string => page(context);
    const inputs = { file: 'a.html', template: 'a', shared: data, own: {} };
    expect(built.page(inputs, render, (html) => html)).toBe('chart <a href="tel:1">1</a> 2');
    // `other` was handed to the partial with everything else, never read: a change to it redoes nothing.
    memory.build('t').page({ ...inputs, shared: { ...data, other: { big: 'z' } } }, render, (html) => html);
    expect(memory.last).toEqual({ rendered: 0, reused: 1 });
    // `charts` was only tested: another chart redoes nothing, no chart at all does.
    memory.build('t').page({ ...inputs, shared: { ...data, charts: { svg: 'w' } } }, render, (html) => html);
    expect(memory.last).toEqual({ rendered: 0, reused: 1 });
    const none = memory.build('t').page({ ...inputs, shared: { ...data, charts: null } }, render, (h) => h);
    expect(none).toBe(' <a href="tel:1">1</a> 2');
    expect(memory.last).toEqual({ rendered: 1, reused: 0 });
  });
});
