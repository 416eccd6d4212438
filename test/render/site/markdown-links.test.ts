import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { demoteHeadings } from '../../../src/render/site/headings.js';
import { fitMarkdownHtml } from '../../../src/render/site/markdown-links.js';

const html = (text: string): Handlebars.SafeString => new Handlebars.SafeString(text);
const targets = { documents: new Set(['runbook']), scenarios: new Set(['crm-outage']) };

describe('demoteHeadings', () => {
  it('makes the highest heading the given level and keeps the others below it', () => {
    const out = demoteHeadings(html('<h1>A</h1><p>x</p><h2 id="b">B</h2><h3>C</h3>'), 3).toString();
    expect(out).toBe('<h3>A</h3><p>x</p><h4 id="b">B</h4><h5>C</h5>');
  });

  it('stops at h6 and leaves text without headings alone', () => {
    expect(demoteHeadings(html('<h1>A</h1><h6>F</h6>'), 3).toString()).toBe('<h3>A</h3><h6>F</h6>');
    expect(demoteHeadings(html('<p>h1</p>'), 3).toString()).toBe('<p>h1</p>');
  });
});

describe('fitMarkdownHtml', () => {
  const fit = (text: string, root = '../'): string => fitMarkdownHtml(html(text), { top: 3, root, targets }).toString();

  it('points a link to a document’s or a scenario’s Markdown file at the page that shows it', () => {
    expect(fit('<a href="runbook.md">R</a>')).toBe('<a href="../documents.html#document-runbook">R</a>');
    expect(fit('<a href="./procedures/crm-outage.md#x">C</a>', '')).toBe(
      '<a href="scenarios/crm-outage.html#procedure">C</a>',
    );
  });

  it('keeps web, mail and phone links, and anchors that exist in the same text', () => {
    const kept = '<a href="https://example.com">w</a><a href="tel:+61">t</a><h2 id="x">X</h2><a href="#x">x</a>';
    expect(fit(kept)).toBe(kept.replace('<h2 id="x">X</h2>', '<h3 id="x">X</h3>'));
  });

  it('turns links the site cannot follow into plain text, and images into their alt text', () => {
    expect(fit('<a href="../secret.txt">s</a> <a href="#nowhere">n</a>')).toBe('<span>s</span> <span>n</span>');
    expect(fit('<p><img src="https://tracker.example.com/p.gif" alt="pixel"><img src="a.png"></p>')).toBe(
      '<p><span class="image-alt">[pixel]</span></p>',
    );
  });
});
