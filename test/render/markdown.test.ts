import { describe, expect, test } from 'vitest';
import { inlineMarkdownToHtml, markdownToHtml, parseMarkdown } from '../../src/render/markdown.js';

/** What no rendered Markdown may contain, whatever the plan says. */
function expectInert(html: string): void {
  expect(html).not.toMatch(/<script|<iframe|<object|<embed|<style|<form|<svg|<math/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/(?:href|src)="\s*(?:javascript|vbscript|data|file):/i);
  expect(html).not.toMatch(/(?:href|src)="[\\/]{2}/);
}

describe('markdownToHtml drops what could run', () => {
  test('a <script> block, and keeps the Markdown after it', () => {
    const html = markdownToHtml('Before\n\n<script>alert(1)</script>\n\nAfter **bold**');
    expectInert(html);
    expect(html).toBe('<p>Before</p>\n<p>After <strong>bold</strong></p>');
  });

  test('an inline <script>, keeping the words around it', () => {
    const html = markdownToHtml('Call Sam <script>alert(1)</script> first');
    expectInert(html);
    expect(html).toMatch(/^<p>Call Sam .*first<\/p>$/);
  });

  test('an <img onerror> and other raw HTML in the middle of text', () => {
    for (const raw of [
      'text <img src=x onerror=alert(1)> text',
      'text <a href="javascript:alert(1)">x</a> text',
      'text <svg onload=alert(1)></svg> text',
      'text <iframe src="https://example.com"></iframe> text',
      'text <div style="background:url(javascript:alert(1))">x</div> text',
    ]) {
      const html = markdownToHtml(raw);
      expectInert(html);
      expect(html).toMatch(/^<p>text .*text<\/p>$/);
    }
  });

  test.each([
    ['javascript:', '[x](javascript:alert(1))'],
    ['mixed-case javascript:', '[x](JaVaScRiPt:alert(1))'],
    ['entity-encoded javascript:', '[x](java&#x73;cript:alert(1))'],
    ['javascript: as an autolink', '<javascript:alert(1)>'],
    ['javascript: as a reference', '[x][r]\n\n[r]: javascript:alert(1)'],
    ['data:', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['vbscript:', '[x](vbscript:msgbox(1))'],
    ['file:', '[x](file:///etc/passwd)'],
    ['a network share from file://', '[x](//fileserver/share)'],
  ])('a %s link, keeping its text', (_, markdown) => {
    const html = markdownToHtml(markdown);
    expectInert(html);
    expect(html).not.toMatch(/href=/);
  });

  test.each([
    ['javascript:', '![map](javascript:alert(1))'],
    ['data:', '![map](data:image/svg+xml;base64,PHN2Zy8+)'],
    ['remote (a request each time the plan is opened)', '![map](https://example.com/map.png)'],
    ['protocol-relative', '![map](//example.com/map.png)'],
  ])('a %s image source, keeping the alt text', (_, markdown) => {
    const html = markdownToHtml(markdown);
    expectInert(html);
    expect(html).toBe('<p><img alt="map"></p>');
  });

  test('keeps an image that lives in the plan folder', () => {
    expect(markdownToHtml('![map](images/site-map.png)')).toBe('<p><img src="images/site-map.png" alt="map"></p>');
  });
});

describe('markdownToHtml keeps links people need', () => {
  test.each([
    ['tel:', '[Call Sam](tel:+61491570110)', 'tel:+61491570110'],
    ['mailto:', '[Write](mailto:help@example.com)', 'mailto:help@example.com'],
    ['https:', '[Status](https://status.example.com/)', 'https://status.example.com/'],
    ['http:', '[Router](http://192.168.1.1/)', 'http://192.168.1.1/'],
    ['an autolink', '<https://status.example.com>', 'https://status.example.com'],
    ['a bare web address', 'see www.example.com', 'http://www.example.com'],
    ['an in-page anchor', '[the checklist](#scenario-crm-outage)', '#scenario-crm-outage'],
    ['a relative page', '[contacts](contacts.html)', 'contacts.html'],
  ])('%s', (_, markdown, href) => {
    expect(markdownToHtml(markdown)).toContain(`href="${href}"`);
  });
});

describe('markdownToHtml renders a procedure', () => {
  const procedure = [
    '# Brightpearl is down',
    '',
    '## First hour',
    '',
    '1. Tell the team',
    '2. Open the **price list**',
    '',
    '- Sophie: staff update',
    '- Hannah: suppliers',
    '',
    '| Who | What |',
    '| --- | ---- |',
    '| Sophie | Staff update |',
    '',
    '- [ ] Orders keyed back in',
    '- [x] Customers told',
    '',
    '~~Old step~~ and `code`',
  ].join('\n');

  test('headings, ordered and bulleted lists, emphasis and code', () => {
    const html = markdownToHtml(procedure);
    expect(html).toContain('<h1>Brightpearl is down</h1>');
    expect(html).toContain('<h2>First hour</h2>');
    expect(html).toMatch(/<ol>\s*<li>Tell the team<\/li>\s*<li>Open the <strong>price list<\/strong><\/li>\s*<\/ol>/);
    expect(html).toMatch(/<ul>\s*<li>Sophie: staff update<\/li>/);
    expect(html).toContain('<del>Old step</del> and <code>code</code>');
  });

  test('tables, as the example plan’s procedures have them', () => {
    const html = markdownToHtml(procedure);
    expect(html).toMatch(/<table>\s*<thead>\s*<tr>\s*<th>Who<\/th>\s*<th>What<\/th>/);
    expect(html).toMatch(/<tbody>\s*<tr>\s*<td>Sophie<\/td>\s*<td>Staff update<\/td>/);
  });

  test('task lists as boxes to tick on paper, which cannot be clicked', () => {
    const html = markdownToHtml(procedure);
    expect(html).toContain('<input type="checkbox" disabled aria-label="to do"> Orders keyed back in');
    expect(html).toContain('<input type="checkbox" checked disabled aria-label="done"> Customers told');
  });

  test('the same from a parsed tree as from text, and the tree left as it was', () => {
    const tree = parseMarkdown(procedure);
    const before = JSON.stringify(tree);
    expect(markdownToHtml(tree)).toBe(markdownToHtml(procedure));
    expect(JSON.stringify(tree)).toBe(before);
  });
});

describe('ids in rendered Markdown', () => {
  test('are not prefixed with user-content-, and footnote links reach their notes', () => {
    const html = markdownToHtml('Call the insurer[^1].\n\n[^1]: Policy number on the contact sheet.');
    expect(html).not.toContain('user-content-');
    expect(html).toContain('href="#fn-1" id="fnref-1"');
    expect(html).toContain('<li id="fn-1">');
    expect(html).toContain('href="#fnref-1"');
  });

  test('take a prefix, so that two documents on one page keep their own', () => {
    const html = markdownToHtml('Note[^1]\n\n[^1]: A note.', { idPrefix: 'scenario-crm-outage-' });
    expect(html).toContain('href="#scenario-crm-outage-fn-1" id="scenario-crm-outage-fnref-1"');
    expect(html).toContain('<li id="scenario-crm-outage-fn-1">');
  });

  test('cannot be set from raw HTML', () => {
    const html = markdownToHtml('<a id="contacts" name="x">fake</a> <h2 id="scenario-crm-outage">x</h2>');
    expect(html).not.toMatch(/\sid=|\sname=/);
  });
});

describe('inlineMarkdownToHtml', () => {
  test('renders a step without the paragraph around it', () => {
    expect(inlineMarkdownToHtml('Call **Sam** on [0491 570 110](tel:+61491570110)')).toBe(
      'Call <strong>Sam</strong> on <a href="tel:+61491570110">0491 570 110</a>',
    );
  });

  test('keeps the paragraphs of a step that has several', () => {
    expect(inlineMarkdownToHtml('First.\n\nSecond.')).toBe('<p>First.</p>\n<p>Second.</p>');
  });

  test('is as safe as the block form', () => {
    const html = inlineMarkdownToHtml('Click [here](javascript:alert(1)) <img src=x onerror=alert(1)>');
    expectInert(html);
    expect(html).toBe('Click <a>here</a> ');
  });

  // Plain sentences skip the parser; these must come out exactly as the parser would have made them.
  const unwrapped = (text: string): string => {
    const html = markdownToHtml(text).trim();
    const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
    return single && !single[1]?.includes('<p>') ? (single[1] ?? '') : html;
  };

  test.each([
    'Call the open orders for Boronia Vault 311 and note the time.',
    'He said "hi", it\'s 5% (ok) / done; café ✓ 😀',
    '- a list item',
    '+ another',
    '1. numbered',
    '3) numbered',
    '2026 was a year',
    '# heading',
    '> quote',
    '    indented code',
    'trailing spaces  ',
    'a\u00a0',
    'x = y',
    '===',
    'mail ann@example.com',
    'see www.example.com',
    'see https://example.com',
    'AT&T &amp; co',
    'a <b>tag</b>',
    'x\ty',
    'two\nlines',
    'a | table | row',
    'strike ~~this~~',
    'snake_case_name',
    'escape \\* this',
    'NUL \0 here',
  ])('renders %j as the parser does', (text) => {
    expect(inlineMarkdownToHtml(text)).toBe(unwrapped(text));
  });

  test('renders every string of the example plan as the parser does', async () => {
    const { readdir, readFile } = await import('node:fs/promises');
    const { parse } = await import('yaml');
    const strings: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') strings.push(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    for (const name of (await readdir('plan')).filter((file) => file.endsWith('.yaml'))) {
      walk(parse(await readFile(`plan/${name}`, 'utf8')));
    }
    expect(strings.length).toBeGreaterThan(300);
    for (const text of strings) expect(inlineMarkdownToHtml(text), text).toBe(unwrapped(text));
  });
});
