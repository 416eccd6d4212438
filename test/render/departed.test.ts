import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontDir } from '../../src/render/fonts.js';
import { renderPrintHtml } from '../../src/render/print/print-html.js';
import { plainText } from '../../src/render/plain-text.js';
import { loadTemplates } from '../../src/render/templates.js';
import { repoRoot } from '../helpers/paths.js';
import { planView } from './print/print-helpers.js';
import { brokenLinks, htmlPages } from './site/site-pages.js';
import { removeRenderedSites, renderPlanSite } from './site/site-fixture.js';

const plan = path.join(repoRoot, 'test', 'fixtures', 'render', 'departed');
const LEFT = 'Lee Vance';

/** The plan-health part of a page: the one place that names a person who left, to say what to fix. */
const withoutHealth = (html: string): string => html.replace(/<section class="part health">[\s\S]*?<\/section>/, '');

describe('a person who left', () => {
  let binder: string;
  let siteDir: string;
  let pages: string[];
  let files: string[];

  beforeAll(async () => {
    binder = renderPrintHtml(await planView(plan), await loadTemplates(plan), { fontDir: fontDir() });
    ({ siteDir, files } = await renderPlanSite(plan, undefined, { charts: false }));
    pages = htmlPages(files);
  }, 60_000);
  afterAll(removeRenderedSites);

  it('is named in the binder only on the plan-health page', () => {
    expect(plainText(binder)).toContain(LEFT);
    expect(plainText(withoutHealth(binder))).not.toContain(LEFT);
  });

  it('is replaced by whoever answers for them: the deputy owner, the deputy, the know-how cover', () => {
    const text = plainText(withoutHealth(binder));
    expect(text).toContain('Mia Manager');
    expect(text).toMatch(/Mia Manager[\s\S]{0,80}leads the response \(standing in\)/);
    expect(text).toContain('Noor Nurse');
  });

  it('holds no know-how in the binder: the know-how sheet lists who is still here, and the gap', () => {
    const sheet = plainText(withoutHealth(binder)).split('Know-how: who can do what')[1] ?? '';
    expect(sheet).toMatch(/the admin password of the X-ray imaging server\s*nobody still here\s*Noor Nurse/);
  });

  it('is named on no site page but the findings', async () => {
    for (const file of pages.filter((f) => f !== 'findings.html')) {
      const html = await readFile(path.join(siteDir, file), 'utf8');
      expect(plainText(html), file).not.toContain(LEFT);
    }
    expect(plainText(await readFile(path.join(siteDir, 'findings.html'), 'utf8'))).toContain(LEFT);
  });

  it('leaves no link on the site pointing at a page or anchor that does not exist', async () => {
    expect(await brokenLinks(siteDir, files)).toEqual([]);
  });
});
