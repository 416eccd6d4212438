import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../../src/render/markdown.js';
import { fitsPrint } from '../../../src/render/print/chart-fit.js';
import { printFragment } from '../../../src/render/print/print-fragment.js';
import { readerText } from '../../../src/render/print/reader-health.js';

const targets = new Map([
  ['internet-outage', { anchor: 'scenario-internet-outage', title: 'Office internet is down' }],
  ['manual-lead-to-close', { anchor: 'document-manual-lead-to-close', title: 'Manual lead-to-close procedure' }],
]);
const options = { top: 4, dropTitle: true, targets };

describe('cross-references in Markdown printed in the binder', () => {
  it("turns an id in code marks into the thing's title with its page", () => {
    const html = printFragment(markdownToHtml('Follow the `internet-outage` scenario first.'), options);
    expect(html).toContain(
      '<a class="xref" href="#scenario-internet-outage">Office internet is down<span class="xref-page"> (page <span class="page-num" data-page-ref="scenario-internet-outage">000</span>)</span></a>',
    );
    expect(html).not.toContain('<code>');
  });

  it('links another Markdown file of the plan to where the binder prints it, with its page', () => {
    const html = printFragment(markdownToHtml('Use the [manual procedure](manual-lead-to-close.md).'), options);
    expect(html).toContain(
      '<a class="xref" href="#document-manual-lead-to-close">manual procedure<span class="xref-page">',
    );
  });

  it('leaves code that names nothing in the plan as code, and a link to an unknown file without a target', () => {
    const html = printFragment(markdownToHtml('Run `npm test`, see `no-such-id` and [notes](notes.md).'), options);
    expect(html).toContain('<code>npm test</code>');
    expect(html).toContain('<code>no-such-id</code>');
    expect(html).toContain('<a>notes</a>');
  });
});

describe('plan health in the words of the reader', () => {
  it('names things by title, and drops ids in brackets and code marks', () => {
    const names = new Map([['key-person', 'A key person is suddenly unavailable']]);
    expect(readerText('scenario `key-person`: none of its recovery steps is timed', names)).toBe(
      'scenario “A key person is suddenly unavailable”: none of its recovery steps is timed',
    );
    expect(readerText('Grace Tan (`grace-tan`) left but is named as `deputy`')).toBe(
      'Grace Tan left but is named as deputy',
    );
  });
});

describe('fitsPrint', () => {
  const chart = (width: number, height: number, fontSize: number) =>
    new Handlebars.SafeString(
      `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><text font-size="${fontSize}px">x</text></svg>`,
    );

  it('prints a chart whose smallest text stays at 8 pt or more once scaled to the page', () => {
    expect(fitsPrint(chart(600, 400, 12), 'a4')).toBe(true);
    expect(fitsPrint(chart(760, 500, 12), 'a4')).toBe(true);
  });

  it('leaves to the site a chart that would print its text under 8 pt, or not fit on a page', () => {
    expect(fitsPrint(chart(1400, 400, 12), 'a4')).toBe(false);
    expect(fitsPrint(chart(600, 400, 10), 'a4')).toBe(false);
    expect(fitsPrint(chart(600, 2000, 14), 'a4')).toBe(false);
  });
});
