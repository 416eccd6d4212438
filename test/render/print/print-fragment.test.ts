import { describe, expect, it } from 'vitest';
import { markdownToHtml } from '../../../src/render/markdown.js';
import { printFragment } from '../../../src/render/print/print-fragment.js';

const procedure = { top: 4, dropTitle: true };
const message = { top: 5, dropTitle: false };

describe('printFragment', () => {
  it("moves a procedure's headings under the binder's and drops its title", () => {
    const html = markdownToHtml('# Title\n\nIntro\n\n## Part\n\n### Detail\n\n#### Deep');
    expect(printFragment(html, procedure)).toBe('<p>Intro</p>\n<h4>Part</h4>\n<h5>Detail</h5>\n<h6>Deep</h6>');
  });

  it('keeps a heading that is not the first thing, one level up from ## ', () => {
    expect(printFragment(markdownToHtml('Intro\n\n# Late title'), procedure)).toBe('<p>Intro</p>\n<h3>Late title</h3>');
  });

  it('puts a heading on one line, so its bookmark keeps its spaces', () => {
    expect(printFragment(markdownToHtml('Setext heading\nover two lines\n---'), message)).toBe(
      '<h5>Setext heading over two lines</h5>',
    );
  });

  it('draws a tick box for each "[ ]" item', () => {
    const html = printFragment(markdownToHtml('- [ ] Check the stock\n- [x] Done already\n- Plain'), message);
    expect(html).toContain('<li class="task"><span class="box"></span>Check the stock</li>');
    expect(html).toContain('<li class="task"><span class="box checked"></span>Done already</li>');
    expect(html).toContain('<li>Plain</li>');
  });

  it('draws tick boxes in loose lists too', () => {
    const html = printFragment(markdownToHtml('- [ ] One\n\n- [ ] Two'), message);
    expect(html).toContain('<li class="task">\n<p><span class="box"></span>One</p>');
  });

  it('draws tick boxes for "[ ]" left as text by Markdown without task lists', () => {
    const html = printFragment('<ul>\n<li>[ ] One</li>\n<li>\n<p>[x] Two</p>\n</li>\n</ul>', message);
    expect(html).toBe(
      '<ul>\n<li class="task"><span class="box"></span>One</li>\n<li class="task">\n<p><span class="box checked"></span>Two</p>\n</li>\n</ul>',
    );
  });

  it('takes the href off links to other files, which would point into the temporary print folder', () => {
    const html = printFragment(markdownToHtml('See [the checklist](checklist.md) and [top](#top).'), message);
    expect(html).toBe('<p>See <a>the checklist</a> and <a href="#top">top</a>.</p>');
  });

  it('prints the address of a web link whose text is not the address', () => {
    const html = printFragment(
      markdownToHtml('[Status page](https://status.example.com) or <https://x.example>'),
      message,
    );
    expect(html).toBe(
      '<p><a href="https://status.example.com">Status page</a> <span class="url">(https://status.example.com)</span>' +
        ' or <a href="https://x.example">https://x.example</a></p>',
    );
  });

  it('keeps phone and mail links as they are', () => {
    const html = printFragment(markdownToHtml('[Call](tel:+61255500100) [Mail](mailto:a@example.com)'), message);
    expect(html).toBe('<p><a href="tel:+61255500100">Call</a> <a href="mailto:a@example.com">Mail</a></p>');
  });

  it('replaces pictures with a note: the print fetches nothing', () => {
    const html = printFragment(markdownToHtml('![Floor plan](https://example.com/plan.png) ![](local.png)'), message);
    expect(html).toBe(
      '<p><span class="no-picture">[Picture not printed: Floor plan]</span> <span class="no-picture">[Picture not printed]</span></p>',
    );
  });

  it('leaves text that looks like markup alone: it is escaped', () => {
    const html = markdownToHtml('Type `<h1>` or [ ] or <a href="x">');
    expect(printFragment(html, message)).toBe(html);
  });
});
