import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { assertOnlyOurScripts, contentSecurityPolicy, inlineScript } from '../../../src/render/site/csp.js';
import { searchIndexScript } from '../../../src/render/site/search-index.js';
import { tidyHtml } from '../../../src/render/site/tidy-html.js';

describe('inline scripts and the CSP', () => {
  it('allows each inline script by the sha256 of its exact text', () => {
    const script = inlineScript('run();\n');
    const hash = createHash('sha256').update('run();\n').digest('base64');
    expect(script.hash).toBe(`'sha256-${hash}'`);
    expect(contentSecurityPolicy([script])).toContain(`script-src 'sha256-${hash}';`);
    expect(contentSecurityPolicy([])).toContain("script-src 'none';");
    expect(contentSecurityPolicy([])).not.toContain('unsafe-inline');
  });

  it('refuses a script that could close its own element', () => {
    expect(() => inlineScript('x = "</script><script>alert(1)";')).toThrow();
  });

  it('rejects a page with a script that is not one of ours', () => {
    const ours = inlineScript('a();');
    expect(() => assertOnlyOurScripts('<script>a();</script>', [ours], 'p.html')).not.toThrow();
    expect(() => assertOnlyOurScripts('<script>a(); </script>', [ours], 'p.html')).toThrow(/p.html/);
    expect(() => assertOnlyOurScripts('<script src="x.js"></script>', [], 'p.html')).toThrow();
  });

  it('writes the search index so that no text in the plan can end the script', () => {
    const code = searchIndexScript([
      { id: 'a', kind: 'Vendor', title: '</script><script>alert(1)</script>', aliases: '', text: '\u2028', url: 'x' },
    ]);
    expect(code).not.toMatch(/<\/?script/i);
    expect(() => inlineScript(code)).not.toThrow();
    const documents: unknown = new Function(`const window = {}; ${code}; return window.bcpSearchDocuments;`)();
    expect(documents).toEqual([expect.objectContaining({ title: '</script><script>alert(1)</script>' })]);
  });
});

describe('tidyHtml', () => {
  it('drops trailing spaces and blank lines but not inside <pre> or <script>', () => {
    const html = '<p>a</p>   \n\n\n<pre>x  \n\n  y</pre>\n<script>  \n\n</script>  \n';
    expect(tidyHtml(html)).toBe('<p>a</p>\n<pre>x  \n\n  y</pre>\n<script>  \n\n</script>\n');
  });
});
