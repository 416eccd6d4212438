import { describe, expect, test } from 'vitest';
import { textWidth } from '../../../src/render/charts/text-width.js';
import { wrapBalanced, wrapText } from '../../../src/render/charts/wrap.js';

const TITLE = 'Brightpearl (CRM and sales system) is down';

describe('wrapText', () => {
  test('keeps a short line whole', () => {
    expect(wrapText('Office internet is down', 500, 13)).toEqual(['Office internet is down']);
  });

  test('breaks between words, each line within the width', () => {
    const lines = wrapText(TITLE, 150, 13);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(TITLE);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(150);
  });

  test('lets a word longer than the width overflow rather than break it', () => {
    expect(wrapText('Supercalifragilistic', 20, 13)).toEqual(['Supercalifragilistic']);
    expect(wrapText('', 100, 13)).toEqual(['']);
  });
});

describe('wrapBalanced', () => {
  test('uses as many lines as greedy wrapping, but evens them out', () => {
    const greedy = wrapText(TITLE, 250, 13);
    const balanced = wrapBalanced(TITLE, 250, 13);
    expect(balanced).toHaveLength(greedy.length);
    expect(balanced.join(' ')).toBe(TITLE);
    const spread = (lines: string[]): number =>
      Math.max(...lines.map((l) => textWidth(l, 13))) - Math.min(...lines.map((l) => textWidth(l, 13)));
    expect(spread(balanced)).toBeLessThan(spread(greedy));
  });
});
