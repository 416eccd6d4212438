import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fontDir } from '../../src/render/fonts.js';
import { renderPrintHtml } from '../../src/render/print/print-html.js';
import { plainText } from '../../src/render/plain-text.js';
import { loadTemplates } from '../../src/render/templates.js';
import { repoRoot } from '../helpers/paths.js';
import { planView } from './print/print-helpers.js';
import { removeRenderedSites, renderPlanSite } from './site/site-fixture.js';

const examplePlan = path.join(repoRoot, 'plan');
const noForms = path.join(repoRoot, 'test', 'fixtures', 'render', 'unknowns');

const binderOf = async (plan: string): Promise<string> =>
  renderPrintHtml(await planView(plan), await loadTemplates(plan), { fontDir: fontDir() });

/** Forms come from the plan's `forms` section: the binder and the site draw the same definitions. */
describe('blank forms', () => {
  afterAll(removeRenderedSites);

  it('prints and shows each declared form, with its fields, columns and rows, the same in binder and site', async () => {
    const binder = await binderOf(examplePlan);
    const { siteDir, files } = await renderPlanSite(examplePlan, undefined, { charts: false });
    expect(files).toContain('forms.html');
    const site = await readFile(path.join(siteDir, 'forms.html'), 'utf8');
    for (const html of [binder, site]) {
      expect(html).toContain('id="form-work-log"');
      expect(html).toContain('id="form-order-quote"');
      for (const words of ['Kept by', 'Consignment no.', 'Customer collects', 'Subtotal', 'System ref.'])
        expect(plainText(html), words).toContain(words);
    }
    const rowsOf = (html: string, id: string): number => {
      const from = html.indexOf(`id="${id}"`);
      const body = html.slice(html.indexOf('<tbody>', from), html.indexOf('</tbody>', from));
      return (body.match(/<tr>/g) ?? []).length;
    };
    expect(rowsOf(binder, 'form-work-log')).toBe(18);
    expect(rowsOf(site, 'form-work-log')).toBe(18);
    expect(rowsOf(binder, 'form-order-quote')).toBe(8);
  });

  it('prints none, and has no forms page or menu entry, for a plan with no forms', async () => {
    const binder = await binderOf(noForms);
    expect(binder).not.toContain('id="forms"');
    expect(plainText(binder)).not.toContain('Blank forms');
    expect(plainText(binder)).not.toMatch(/Work log|Order and quote/);
    const { siteDir, files } = await renderPlanSite(noForms, undefined, { charts: false });
    expect(files).not.toContain('forms.html');
    expect(await readFile(path.join(siteDir, 'index.html'), 'utf8')).not.toContain('forms.html');
  });
});
