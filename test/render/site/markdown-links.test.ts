import Handlebars from 'handlebars';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { demoteHeadings } from '../../../src/render/view/headings.js';
import { plainText } from '../../../src/render/plain-text.js';
import { fitMarkdownHtml } from '../../../src/render/view/markdown-links.js';

const html = (text: string): Handlebars.SafeString => new Handlebars.SafeString(text);
const targets = { documents: new Set(['runbook']), scenarios: new Set(['crm-outage']) };

describe('demoteHeadings', () => {
  const demoted = (text: string, top: number): string => {
    const tree = fromHtml(text, { fragment: true });
    demoteHeadings(tree, top);
    return toHtml(tree);
  };

  it('makes the highest heading the given level and keeps the others below it', () => {
    const out = demoted('<h1>A</h1><p>x</p><h2 id="b">B</h2><h3>C</h3>', 3);
    expect(out).toBe('<h3>A</h3><p>x</p><h4 id="b">B</h4><h5>C</h5>');
  });

  it('stops at h6 and leaves text without headings alone', () => {
    expect(demoted('<h1>A</h1><h6>F</h6>', 3)).toBe('<h3>A</h3><h6>F</h6>');
    expect(demoted('<p>h1</p>', 3)).toBe('<p>h1</p>');
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

  it('works on the tree: a link whose text holds markup or a link, an alt with markup characters, a footnote', () => {
    expect(fit('<a href="runbook.md"><strong>R</strong> <em>now</em></a>')).toBe(
      '<a href="../documents.html#document-runbook"><strong>R</strong> <em>now</em></a>',
    );
    expect(fit('<a title="x" href="missing.md">a <code>&#x3C;b></code></a>')).toBe(
      '<span>a <code>&#x3C;b></code></span>',
    );
    expect(fit('<img alt="a &#x26; &#x22;b&#x22;" src="x.png">')).toBe('<span class="image-alt">[a &#x26; "b"]</span>');
    const footnote = '<sup><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup><li id="fn-1">n</li>';
    expect(fit(footnote)).toBe(footnote);
  });
});

describe('plainText', () => {
  it('reads HTML as a browser shows it: no space where only a tag was, entities decoded, spaces collapsed', () => {
    expect(plainText('<p><strong>Phones</strong>: call <a href="tel:1">01</a>, then\n  <em>wait</em>.</p>')).toBe(
      'Phones: call 01, then wait.',
    );
    expect(plainText('a &#x26; b &lt;c&gt; &nbsp;d')).toBe('a & b <c> d');
    expect(plainText('<p>one</p><p>two</p>')).toBe('one two');
    expect(plainText('plain   words ')).toBe('plain words');
  });
});
