import { describe, expect, test } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { vegaLiteToSvg } from '../../../src/render/charts/vega-svg.js';
import { textWidth } from '../../../src/render/charts/text-width.js';

const bars = (data: Record<string, unknown>): TopLevelSpec =>
  ({
    data,
    mark: 'bar',
    encoding: { x: { field: 'n', type: 'quantitative' }, y: { field: 'label', type: 'nominal' } },
  }) as unknown as TopLevelSpec;

describe('vegaLiteToSvg', () => {
  test('draws inline data as SVG with nothing to report', async () => {
    const { svg, warnings } = await vegaLiteToSvg(bars({ values: [{ label: 'a', n: 1 }] }));
    expect(svg).toMatch(/^<svg /);
    expect(warnings).toEqual([]);
  });

  test('refuses to load data from anywhere', async () => {
    const { svg, warnings } = await vegaLiteToSvg(bars({ url: 'https://example.com/data.json' }));
    expect(warnings.join('\n')).toMatch(/Loading failed https:\/\/example.com\/data.json .*inline data only/);
    expect(svg).not.toContain('example.com');
  });

  test('collects warnings instead of printing them', async () => {
    const spec = {
      data: { values: [{ a: 1 }] },
      mark: 'point',
      encoding: { x: { field: 'a', type: 'quantitative' }, shape: { field: 'a', type: 'quantitative' } },
    };
    const { warnings } = await vegaLiteToSvg(spec as unknown as TopLevelSpec);
    expect(warnings.join('\n')).toMatch(/WARN/);
  });

  test('sizes text with the bundled typeface', async () => {
    const spec = {
      data: { values: [{}] },
      mark: { type: 'text', text: 'Measure me', fontSize: 20, align: 'left' },
      config: { autosize: 'pad', padding: 0, view: { stroke: null } },
      width: 1,
      height: 1,
    } as unknown as TopLevelSpec;
    const { svg } = await vegaLiteToSvg(spec);
    const width = Number(/ width="(\d+)"/.exec(svg)?.[1]);
    expect(width).toBeGreaterThanOrEqual(Math.floor(textWidth('Measure me', 20)));
    expect(width).toBeLessThan(0.8 * 20 * 'Measure me'.length);
  });

  test('numbers clip paths the same way on every run', async () => {
    const spec = bars({ values: [{ label: 'a', n: 1 }] });
    const clipped = { ...spec, mark: { type: 'bar', clip: true } } as TopLevelSpec;
    const [first, second] = [await vegaLiteToSvg(clipped), await vegaLiteToSvg(clipped)];
    expect(first.svg).toMatch(/clip-path="url\(#/);
    expect(second.svg).toBe(first.svg);
  });
});
