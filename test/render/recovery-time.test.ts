import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontDir } from '../../src/render/fonts.js';
import { renderPrintHtml } from '../../src/render/print/print-html.js';
import { loadTemplates } from '../../src/render/templates.js';
import { examplePlan, planView } from './print/print-helpers.js';
import { removeRenderedSites, renderPlanSite, siteViewOf } from './site/site-fixture.js';

const text = (html: string): string =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&rarr;/g, '→')
    .replace(/\s+/g, ' ');

describe('the recovery time worked out from the steps', () => {
  let siteDir: string;

  beforeAll(async () => {
    ({ siteDir } = await renderPlanSite(examplePlan, await siteViewOf(examplePlan, { charts: false })));
  });
  afterAll(removeRenderedSites);

  it('is in the view: the critical path through parallel steps, and whether it meets the RTO', async () => {
    const view = await planView(examplePlan);
    const byId = (id: string) => view.scenarios.find((scenario) => scenario.id === id)?.recoveryTime;
    expect(byId('internet-outage')).toMatchObject({
      text: '4h 15m',
      exceedsRto: true,
      withinRto: false,
      path: '1 (4h) → 2 (15m)',
      pathSteps: [1, 2],
    });
    // Mailboxes (3h) and the report (1h) run beside the NAS restore (1d), so they do not add up.
    expect(byId('cyber-incident')).toMatchObject({
      text: '1d 4h',
      exceedsRto: false,
      withinRto: true,
      pathSteps: [1, 3],
      untimed: 0,
    });
    expect(byId('crm-outage')).toMatchObject({ known: false, text: 'not timed', exceedsRto: false, withinRto: false });
  });

  it('is on the scenario page of the site, beside the RTO, with the path and a badge', async () => {
    const page = text(await readFile(path.join(siteDir, 'scenarios', 'internet-outage.html'), 'utf8'));
    expect(page).toContain('Recovery takes: 4h 15m , along recovery steps 1 (4h) → 2 (15m). Longer than the RTO');
    const cyber = text(await readFile(path.join(siteDir, 'scenarios', 'cyber-incident.html'), 'utf8'));
    expect(cyber).toContain('Recovery takes: 1d 4h , along recovery steps 1 (4h) → 3 (1d). Within the RTO');
    expect(cyber).toContain('Takes: 3h ; after step 1');
    expect(cyber).toContain('Takes: 1h ; start at once');
    const crm = await readFile(path.join(siteDir, 'scenarios', 'crm-outage.html'), 'utf8');
    expect(crm).not.toContain('Recovery takes');
  });

  it('is on the scenario cards of the site index', async () => {
    const index = text(await readFile(path.join(siteDir, 'index.html'), 'utf8'));
    expect(index).toContain('Recovery takes: 4h 15m (steps 1 → 2) Longer than the RTO');
    expect(index).toContain('Recovery takes: 1d 4h (steps 1 → 3) Within the RTO');
  });

  it('is in the binder: a column in the table at a glance, and a line on the scenario card', async () => {
    const html = renderPrintHtml(await planView(examplePlan), await loadTemplates(examplePlan), {
      fontDir: fontDir(),
    });
    const plain = text(html);
    expect(plain).toContain('4h 15m along recovery steps 1 (4h) → 2 (15m): longer than the RTO of 1h');
    expect(html).toMatch(/<th scope="col" class="num">RTO<\/th><th scope="col" class="num">Recovery<\/th>/);
    expect(plain).toContain('Takes 4h');
  });
});
