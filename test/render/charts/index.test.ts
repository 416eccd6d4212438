import { performance } from 'node:perf_hooks';
import { describe, expect, test } from 'vitest';
import { renderCharts } from '../../../src/render/charts/index.js';
import { exampleView, expectInert, manyScenarios } from './chart-views.js';

describe('renderCharts', () => {
  test('draws all three charts of the example plan, each a different inert image', async ({ annotate }) => {
    const view = await exampleView();
    const start = performance.now();
    const charts = await renderCharts(view);
    await annotate(`example plan: three charts in ${Math.round(performance.now() - start)} ms`);
    const svgs = [charts.rtoMtd, charts.dependencies, charts.timeline].map(String);
    for (const svg of svgs) expectInert(svg);
    expect(svgs.map((svg) => /class="chart (chart-[a-z-]+)"/.exec(svg)?.[1])).toEqual([
      'chart-rto-mtd',
      'chart-dependencies',
      'chart-timeline',
    ]);
    await annotate(`sizes: ${svgs.map((svg) => `${Math.round(svg.length / 1024)} KiB`).join(', ')}`);
  });

  test('gives the same bytes for the same plan', async () => {
    const view = await exampleView();
    const [first, second] = [await renderCharts(view), await renderCharts(view)];
    expect(String(second.rtoMtd)).toBe(String(first.rtoMtd));
    expect(String(second.dependencies)).toBe(String(first.dependencies));
    expect(String(second.timeline)).toBe(String(first.timeline));
  });

  test('can draw charts for several plans at once', async () => {
    const view = await exampleView();
    const alone = await renderCharts(view);
    const together = await Promise.all([renderCharts(view), renderCharts(manyScenarios(view, 12)), renderCharts(view)]);
    expect(String(together[0].rtoMtd)).toBe(String(alone.rtoMtd));
    expect(String(together[2].timeline)).toBe(String(alone.timeline));
  });

  test('draws a plan with a hundred scenarios', async ({ annotate }) => {
    const view = manyScenarios(await exampleView(), 100);
    const start = performance.now();
    const charts = await renderCharts(view);
    await annotate(`100 scenarios: three charts in ${Math.round(performance.now() - start)} ms`);
    for (const svg of [charts.rtoMtd, charts.dependencies, charts.timeline].map(String)) expectInert(svg);
  });
});
