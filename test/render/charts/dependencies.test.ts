import { describe, expect, test } from 'vitest';
import {
  DEPENDENCIES_TITLE,
  MAX_BOXES_IN_ONE_DIAGRAM,
  renderDependencies,
} from '../../../src/render/charts/dependencies.js';
import { NASTY, exampleView, expectInert, expectOwnIds, manyScenarios, nastyView, visibleText } from './chart-views.js';

describe('dependency diagram', () => {
  test('shows every scenario, every active system and every vendor of the example plan', async () => {
    const view = await exampleView();
    const text = visibleText((await renderDependencies(view)).toString());
    expect(text).toContain(DEPENDENCIES_TITLE);
    for (const scenario of view.scenarios) expect(text).toContain(scenario.title);
    for (const system of view.systems.filter((s) => !s.retired)) expect(text).toContain(system.name);
    for (const vendor of view.vendors) expect(text).toContain(vendor.name);
  });

  test('leaves out a retired system no scenario names', async () => {
    const view = await exampleView();
    const retired = view.systems.find((s) => s.retired);
    expect(retired).toBeDefined();
    expect(visibleText((await renderDependencies(view)).toString())).not.toContain(retired!.name);
  });

  test('marks critical systems in words and with a heavy border, and draws fallbacks and backups dashed', async () => {
    const svg = (await renderDependencies(await exampleView())).toString();
    expect(visibleText(svg)).toContain('Brightpearl (critical)');
    expect(svg).toMatch(/stroke-width="3"/);
    expect(svg).toMatch(/stroke-dasharray/);
    expect(visibleText(svg)).toMatch(/fallback[\s\S]*backup|backup[\s\S]*fallback/);
  });

  test('is one inert image in the bundled typeface, with ids of its own', async () => {
    const svg = (await renderDependencies(await exampleView())).toString();
    expectInert(svg);
    expectOwnIds(svg, 'bcp-dependencies-');
    const families = new Set([...svg.matchAll(/font-family="([^"]+)"/g)].map((m) => m[1]));
    expect([...families]).toEqual(["'Atkinson Hyperlegible Next', sans-serif"]);
    expect(svg).toMatch(/^<svg [^>]*width="\d+" height="\d+" viewBox="0 0 \d+(\.\d+)? \d+(\.\d+)?"/);
  });

  test('draws the same bytes twice', async () => {
    const view = await exampleView();
    const first = (await renderDependencies(view)).toString();
    expect((await renderDependencies(view)).toString()).toBe(first);
  });

  test('shows plan text exactly as written: markup, quotes, ampersands and backslashes', async () => {
    const svg = (await renderDependencies(nastyView(await exampleView()))).toString();
    expectInert(svg);
    expect(svg).not.toContain('<script>');
    const text = visibleText(svg);
    expect(text).toContain(`Scenario ${NASTY}`);
    expect(text).toContain(`System ${NASTY}`);
    expect(text).toContain(`Vendor ${NASTY}`);
  });

  test('draws a hundred scenarios', async () => {
    const view = manyScenarios(await exampleView(), 100);
    const text = visibleText((await renderDependencies(view)).toString());
    for (const scenario of view.scenarios) expect(text).toContain(scenario.title);
    expect((await renderDependencies(view)).toString().match(/<svg\b/g)).toHaveLength(1);
  });

  test('draws one diagram per scenario above the size of one, each with that scenario, its systems and vendors', async () => {
    const view = await exampleView();
    const boxes = view.scenarios.length + view.systems.length + view.vendors.length;
    expect(boxes).toBeLessThan(MAX_BOXES_IN_ONE_DIAGRAM);
    const drawn = (await renderDependencies(view, 20)).toString();
    const svgs = drawn.split(/(?=<svg\b)/);
    expect(svgs).toHaveLength(view.scenarios.length);
    expect(visibleText(svgs[0]!)).toContain(DEPENDENCIES_TITLE);
    expect(visibleText(svgs[1]!)).not.toContain(DEPENDENCIES_TITLE);
    view.scenarios.forEach((scenario, i) => {
      const svg = svgs[i]!.trim();
      expectInert(svg);
      expectOwnIds(svg, `bcp-dependencies-${i + 1}-`);
      expect(svg).toContain(`aria-label="What ${scenario.title.replace(/&/g, '&amp;')} depends on`);
      const text = visibleText(svg);
      expect(text).toContain(scenario.title);
      for (const other of view.scenarios.filter((s) => s.id !== scenario.id)) expect(text).not.toContain(other.title);
      for (const system of scenario.systems) {
        expect(text).toContain(system.name);
        if (system.vendor) expect(text).toContain(system.vendor.name);
        if (system.fallbackSystem) expect(text).toContain(system.fallbackSystem.name);
      }
      for (const vendor of scenario.vendors) expect(text).toContain(vendor.name);
    });
  });

  test('draws a plan with nothing in it', async () => {
    const view = await exampleView();
    expectInert((await renderDependencies({ ...view, scenarios: [], systems: [], vendors: [] })).toString());
  });
});
