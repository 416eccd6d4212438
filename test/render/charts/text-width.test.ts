import { describe, expect, test } from 'vitest';
import { textWidth } from '../../../src/render/charts/text-width.js';

describe('textWidth', () => {
  test('reads the bundled typeface: wide letters are wider, bold is wider, size scales', () => {
    expect(textWidth('W', 10)).toBeGreaterThan(textWidth('i', 10));
    expect(textWidth('Brightpearl', 13, true)).toBeGreaterThan(textWidth('Brightpearl', 13));
    expect(textWidth('Brightpearl', 26)).toBeCloseTo(2 * textWidth('Brightpearl', 13), 6);
    expect(textWidth('', 13)).toBe(0);
  });

  test('gives a proportional font its proportions (about half an em a letter, not vega’s 0.8)', () => {
    const perLetter = textWidth('Office internet is down', 100) / 'Office internet is down'.length;
    expect(perLetter).toBeGreaterThan(40);
    expect(perLetter).toBeLessThan(65);
  });

  test('covers Latin Extended, and allows a whole em for letters the font lacks', () => {
    expect(textWidth('Łódź', 10)).toBeGreaterThan(0);
    expect(textWidth('東京', 10)).toBe(20);
  });
});
