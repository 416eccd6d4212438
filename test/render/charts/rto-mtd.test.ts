import { describe, expect, test } from 'vitest';
import { RTO_MTD_TITLE, renderRtoMtd } from '../../../src/render/charts/rto-mtd.js';
import { NASTY, exampleView, expectInert, expectOwnIds, manyScenarios, nastyView, visibleText } from './chart-views.js';

describe('RTO against MTD chart', () => {
  test('shows every scenario of the example plan with its RTO and MTD in words', async () => {
    const view = await exampleView();
    const svg = (await renderRtoMtd(view)).toString();
    const text = visibleText(svg);
    expect(text).toContain(RTO_MTD_TITLE);
    for (const scenario of view.scenarios) expect(text).toContain(scenario.title);
    expect(text).toContain('RTO 1 hour · MTD 4 hours');
    expect(text).toContain('RTO 3 days · MTD 1 week');
    expect(svg).toContain(`aria-label="${RTO_MTD_TITLE}"`);
    expect(svg).toMatch(/<desc>[^<]*Office internet is down: recover within 1 hour, tolerable for 4 hours\./);
  });

  test('puts the most urgent scenario first', async () => {
    const text = visibleText((await renderRtoMtd(await exampleView())).toString());
    expect(text.indexOf('Office internet is down')).toBeLessThan(text.indexOf('Xero (accounting)'));
  });

  test('names the bundled typeface and no other', async () => {
    const svg = (await renderRtoMtd(await exampleView())).toString();
    const families = new Set([...svg.matchAll(/font-family="([^"]+)"/g)].map((m) => m[1]));
    expect([...families]).toEqual(["'Atkinson Hyperlegible Next', sans-serif"]);
  });

  test('is inert, with ids of its own', async () => {
    const svg = (await renderRtoMtd(await exampleView())).toString();
    expectInert(svg);
    expectOwnIds(svg, 'bcp-rto-mtd-');
  });

  test('draws the same bytes twice', async () => {
    const view = await exampleView();
    const first = (await renderRtoMtd(view)).toString();
    expect((await renderRtoMtd(view)).toString()).toBe(first);
  });

  test('escapes markup, quotes and ampersands from the plan', async () => {
    const svg = (await renderRtoMtd(nastyView(await exampleView()))).toString();
    expectInert(svg);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(svg).toContain('&amp;amp;');
    expect(visibleText(svg)).toContain(`Scenario ${NASTY}`);
  });

  test('says when an RTO is longer than the MTD', async () => {
    const view = await exampleView();
    const [first, ...rest] = view.scenarios;
    const late = { ...first!, rto: '5d', rtoMinutes: 5 * 24 * 60 };
    const text = visibleText((await renderRtoMtd({ ...view, scenarios: [late, ...rest] })).toString());
    expect(text).toContain('(RTO too long)');
  });

  test('draws a hundred scenarios', async () => {
    const view = manyScenarios(await exampleView(), 100);
    const svg = (await renderRtoMtd(view)).toString();
    const text = visibleText(svg);
    for (const scenario of view.scenarios) expect(text).toContain(scenario.title);
  });

  test('draws a plan without scenarios', async () => {
    const svg = (await renderRtoMtd({ ...(await exampleView()), scenarios: [] })).toString();
    expectInert(svg);
  });
});
