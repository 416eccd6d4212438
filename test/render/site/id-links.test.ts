import Handlebars from 'handlebars';
import { afterAll, describe, expect, it } from 'vitest';
import { idLinker, type IdTargets } from '../../../src/render/view/id-links.js';
import { examplePlan, removeRenderedSites, renderPlanSite } from './site-fixture.js';
import { readPage } from './site-pages.js';

afterAll(removeRenderedSites);

const targets: IdTargets = {
  scenarios: new Map([
    ['internet-outage', 'Office internet is down'],
    ['fire', 'Fire'],
  ]),
  templates: new Set(['staff-update']),
  documents: new Set(['work-log', 'price-list']),
  forms: new Set(['work-log', 'order-form']),
  premises: new Set(['main-office']),
};
const html = (text: string): Handlebars.SafeString => new Handlebars.SafeString(text);

describe('idLinker', () => {
  const link = idLinker(targets, '../');

  it('links each kind of id to its place on the site', () => {
    const out = link(
      html('Follow internet-outage first; send <code>staff-update</code>; fill the order-form; see main-office.'),
    ).toString();
    expect(out).toContain(
      '<a class="ref" href="../scenarios/internet-outage.html" title="Office internet is down">internet-outage</a>',
    );
    expect(out).toContain(
      '<code><a class="ref" href="../communication.html#template-staff-update">staff-update</a></code>',
    );
    expect(out).toContain('<a class="ref" href="../forms.html#form-order-form">order-form</a>');
    expect(out).toContain('<a class="ref" href="../premises.html#premises-main-office">main-office</a>');
  });

  it('prefers the document where a form has the same id, and leaves one-word ids, parts of words and links alone', () => {
    const out = link(
      html('Keep the work-log. A fire-door, a pre-price-list, <a href="x.html">internet-outage</a>, fire.'),
    ).toString();
    expect(out).toContain('<a class="ref" href="../documents.html#document-work-log">work-log</a>');
    expect(out).toContain('A fire-door, a pre-price-list, <a href="x.html">internet-outage</a>, fire.');
  });

  it.each([
    ['old-internet-outage', false],
    ['internet-outage-2', false],
    ['internet-outage_2', false],
    ['Internet-outage', false],
    ['_internet-outage', false],
    ['(internet-outage).', true],
    ['«internet-outage»', true],
    ['éinternet-outage', true],
    ['internet-outage/work-log', true],
    ['internet-outage\nwork-log', true],
  ])('links an id only where it is a whole run of letters, digits, _ and -: %j', (text, linked) => {
    const out = link(html(text)).toString();
    expect(out.includes('<a class="ref" href="../scenarios/internet-outage.html"')).toBe(linked);
    expect(out.replace(/<[^>]*>/g, '')).toBe(text);
  });

  it('does not link a page to itself, and leaves attributes untouched', () => {
    const out = link(html('<span title="internet-outage">internet-outage</span>'), 'internet-outage').toString();
    expect(out).toBe('<span title="internet-outage">internet-outage</span>');
  });
});

describe('cross-references on the example plan’s site', () => {
  it('are links: another scenario, a message template, a step owner and the premises’ rerouting steps', async () => {
    const site = await renderPlanSite(examplePlan, undefined, { charts: false });
    const crm = await readPage(site.siteDir, 'scenarios/crm-outage.html');
    expect(crm).toMatch(/<a class="ref" href="\.\.\/scenarios\/internet-outage\.html"[^>]*>internet-outage<\/a>/);
    expect(crm).toContain('<a class="ref" href="../communication.html#template-staff-update">staff-update</a>');
    const premises = await readPage(site.siteDir, 'scenarios/premises-loss.html');
    expect(premises).toMatch(
      /<a href="\.\.\/contacts\.html#person-sophie-tran"><strong><bdi>Sophie Tran<\/bdi><\/strong><\/a>/,
    );
    expect(premises).toContain('href="../premises.html#reroute-main-office"');
  });
});
