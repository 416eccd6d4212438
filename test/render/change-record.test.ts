import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/pipeline/check.js';
import type { VersionRecord } from '../../src/diff/record-of-changes.js';
import { fontDir } from '../../src/render/fonts.js';
import { renderPrintHtml } from '../../src/render/print/print-html.js';
import { renderSite } from '../../src/render/site/render-site.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildViewModel } from '../../src/render/view/view-model.js';
import { repoRoot } from '../helpers/paths.js';

const examplePlan = path.join(repoRoot, 'plan');

const changeRecord: VersionRecord[] = [
  {
    version: '3.3',
    date: '2026-10-10',
    sha: '0123456789abcdef0123456789abcdef01234567',
    changes: [
      'vendor “Kestrel IT Services” (kestrel-it): support number changed (now ending in 0777)',
      'a <b>bold</b> claim',
    ],
    more: 2,
    first: false,
  },
  {
    version: '3.2',
    date: '2026-10-01',
    sha: 'fedcba9876543210fedcba9876543210fedcba98',
    changes: [],
    more: 0,
    first: true,
  },
];

describe('the record of changes in the outputs', () => {
  it('is in the binder and on the site, each version with its date and changes, plan text escaped', async () => {
    const checked = await checkPlan(examplePlan, { today: '2026-11-02' });
    if (!checked.model) throw new Error('the example plan is valid');
    const facts = { today: '2026-11-02', generated: '2026-11-02', commit: null, revisions: [], paper: 'a4' as const };
    const view = buildViewModel(checked.model, { ...facts, diagnostics: checked.diagnostics, changeRecord });
    const templates = await loadTemplates(examplePlan);
    const binder = renderPrintHtml({ ...view, charts: null }, templates, { fontDir: fontDir() });
    const files = await renderSite({ ...view, charts: null }, templates);
    const site = String(files.find((file) => file.path === 'index.html')?.bytes);
    for (const html of [binder, site]) {
      expect(html).toContain('Record of changes');
      expect(html).toMatch(/3\.3<\/td>\s*<td[^>]*>2026-10-10<\/td>/);
      expect(html).toContain(
        '<li>vendor “Kestrel IT Services” (kestrel-it): support number changed (now ending in 0777)</li>',
      );
      expect(html).toContain('<li>and 2 more</li>');
      expect(html).toContain('The first version on record.');
      expect(html).toContain('a &lt;b&gt;bold&lt;/b&gt; claim');
    }
  });
});
