import Handlebars from 'handlebars';
import { afterAll, describe, expect, it } from 'vitest';
import { examplePlan, removeRenderedSites, renderPlanSite, siteViewOf } from './site-fixture.js';
import { readPage } from './site-pages.js';

afterAll(removeRenderedSites);

const svg = (name: string): Handlebars.SafeString =>
  new Handlebars.SafeString(`<svg role="img" aria-label="${name}" style="width:10px"><title>${name}</title></svg>`);

describe('charts', () => {
  it('puts RTO against MTD and the timeline on the dashboard, dependencies on the systems page', async () => {
    const view = await siteViewOf(examplePlan, { charts: false });
    const site = await renderPlanSite(examplePlan, {
      ...view,
      charts: { rtoMtd: svg('rto-mtd'), dependencies: svg('dependencies'), timeline: svg('timeline') },
    });
    const index = await readPage(site.siteDir, 'index.html');
    const systems = await readPage(site.siteDir, 'systems.html');
    expect(index).toContain('aria-label="rto-mtd"');
    expect(index).toContain('aria-label="timeline"');
    expect(systems).toContain('aria-label="dependencies"');
    // The outer <svg>'s sizing style is the stylesheet's job: no page needs inline styles.
    expect(index).not.toContain('style="width:10px"');
    expect(index).not.toContain('unsafe-inline');
  });

  it('takes the sizing style off each of several drawings in one chart (the dependency diagrams of a large plan)', async () => {
    const view = await siteViewOf(examplePlan, { charts: false });
    const dependencies = new Handlebars.SafeString(`${svg('first').toString()}\n${svg('second').toString()}`);
    const site = await renderPlanSite(examplePlan, { ...view, charts: { rtoMtd: null, dependencies, timeline: null } });
    const systems = await readPage(site.siteDir, 'systems.html');
    expect(systems).toContain('aria-label="first"');
    expect(systems).toContain('aria-label="second"');
    expect(systems).not.toContain('style="width:10px"');
  });

  it('leaves the chart sections out while there are no charts', async () => {
    const view = await siteViewOf(examplePlan, { charts: false });
    for (const charts of [undefined, null]) {
      const site = await renderPlanSite(examplePlan, { ...view, charts });
      expect(await readPage(site.siteDir, 'index.html')).not.toContain('chart-rto-mtd');
    }
  });
});
