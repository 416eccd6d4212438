import { describe, expect, test } from 'vitest';
import { dotLabel, graphviz } from '../../../src/render/charts/graphviz.js';
import { visibleText } from './chart-views.js';

describe('dotLabel', () => {
  test('quotes, and escapes quotes, backslashes and ampersands', () => {
    expect(dotLabel('plain')).toBe('"plain"');
    expect(dotLabel('say "hi"')).toBe('"say \\"hi\\""');
    expect(dotLabel('a\\b')).toBe('"a\\\\b"');
    expect(dotLabel('A & B')).toBe('"A &amp; B"');
    expect(dotLabel('one\ntwo\r\nthree')).toBe('"one two three"');
  });

  test('joins lines with a DOT line break', () => {
    expect(dotLabel('first', 'second')).toBe('"first\\nsecond"');
  });

  test.each([
    'ends with a backslash \\',
    '"quoted" and \\"escaped\\"',
    'escString codes \\N \\G \\l \\n \\r \\E \\T \\H \\L',
    'entities &amp; &lt;b&gt; &#60; &nbsp;',
    '<script>alert(1)</script>',
    '<<B>html</B>>',
    'a "} digraph x { b',
  ])('Graphviz draws %j exactly as written', async (text) => {
    const svg = (await graphviz()).dot(`digraph { a [label=${dotLabel(text)}]; }`);
    expect(svg).not.toContain('<script');
    expect(visibleText(svg)).toBe(text.replace(/\s+/g, ' '));
  });

  test('loads Graphviz once', async () => {
    expect(await graphviz()).toBe(await graphviz());
  });
});
