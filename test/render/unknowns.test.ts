import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fontDir } from '../../src/render/fonts.js';
import { renderPrintHtml } from '../../src/render/print/print-html.js';
import { loadTemplates } from '../../src/render/templates.js';
import { plainText } from '../../src/render/plain-text.js';
import { repoRoot } from '../helpers/paths.js';
import { planView } from './print/print-helpers.js';
import { removeRenderedSites, renderPlanSite } from './site/site-fixture.js';

const plan = path.join(repoRoot, 'test', 'fixtures', 'render', 'unknowns');

/** Facts the plan does not know are printed as such, never as a value that looks like a decision. */
describe('unknown facts in the outputs', () => {
  let binder: string;
  let site: Record<string, string>;

  beforeAll(async () => {
    const view = await planView(plan);
    binder = plainText(renderPrintHtml(view, await loadTemplates(plan), { fontDir: fontDir() }));
    const { siteDir } = await renderPlanSite(plan, undefined, { charts: true });
    const read = async (file: string): Promise<string> => plainText(await readFile(path.join(siteDir, file), 'utf8'));
    site = {
      phones: await read('scenarios/phones-down.html'),
      till: await read('scenarios/till-down.html'),
      index: await read('index.html'),
      systems: await read('systems.html'),
      findings: await read('findings.html'),
    };
  }, 60_000);
  afterAll(removeRenderedSites);

  it('the binder says to be confirmed, with who finds out, and does not apply', () => {
    expect(binder).toContain('To be confirmed by: MTD: Ana works out what a day without bookings costs');
    expect(binder).toContain('Recovery steps to be confirmed (Ben asks the vendor how to restore the routing)');
    expect(binder).toContain('does not apply');
    expect(binder).toContain('criticality to be confirmed');
    expect(binder).toContain('Kept in: to be confirmed (Ana asks the vendor)');
    expect(binder).not.toMatch(/every to be confirmed/);
    expect(binder).not.toContain('Version');
  });

  it('the binder counts them on the plan-health page', () => {
    expect(binder).toContain('8 facts to be confirmed, 1 that does not apply');
  });

  it('the site says the same, and a stated 0m stays a duration', () => {
    // The action card's line for the lead.
    expect(site.phones).toMatch(/Leads\s*to be confirmed/);
    expect(site.phones).toMatch(/RPO\s*does not apply/);
    expect(site.till).toMatch(/RPO\s*0 minutes/);
    expect(site.till).not.toMatch(/RPO\s*none/);
    expect(site.systems).toContain('criticality to be confirmed');
    expect(site.index).toContain('Not drawn, for want of a stated RTO or MTD: Phones are down');
    expect(site.findings).toContain('8 facts to be confirmed, 1 that does not apply');
  });
});
