import type { OutputFile } from '../output-file.js';
import type { TemplateSet } from '../templates.js';
import { assertOnlyOurScripts, contentSecurityPolicy, inlineScript, type InlineScript } from './csp.js';
import { searchDocuments, siteMenu, sitePages, type MenuItem, type SitePage } from '../sections/index.js';
import { printStyle } from './print-style.js';
import { searchIndexScript } from './search-index.js';
import { fontFiles, miniSearchScript } from './site-assets.js';
import { siteData, type SiteData, type SiteView } from '../view/site-view.js';
import { tidyHtml } from './tidy-html.js';
import type { SitePageMemory } from './page-memory.js';

export type { SiteCharts, SiteView } from '../view/site-view.js';

/**
 * The offline site: one page per part of the plan and per scenario, the stylesheet and
 * fonts, and a search page whose index is inlined. Every link is relative and nothing is fetched, so the site
 * works opened from a USB stick with no network. The same view gives the same bytes.
 *
 * @returns the site's files, paths relative to the site folder, sorted by path; output/ writes them.
 */
export async function renderSite(
  view: SiteView,
  templates: TemplateSet,
  memory?: SitePageMemory,
): Promise<OutputFile[]> {
  const data = siteData(view);
  const built = memory?.build(templates.fingerprint);
  const files = new Map<string, string | Buffer>([
    ['assets/site.css', await templates.asset('site.css')],
    ['assets/site-print.css', printStyle(data.meta)],
    ...(await fontFiles()),
  ]);
  const searchScripts = [
    inlineScript(await miniSearchScript()),
    inlineScript(searchIndexScript(searchDocuments(data))),
    inlineScript((await templates.asset('site-search.js')).toString('utf8')),
  ];
  // On every page, right after the header: the menu button that folds the menu away on a phone.
  const menuScript = inlineScript((await templates.asset('site-menu.js')).toString('utf8'));
  const menu = siteMenu(data);
  const pages = new Set<string>();
  for (const spec of sitePages(data)) {
    const scripts = spec.file === 'search.html' ? searchScripts : [];
    const own = pageOwn(data, spec, { menu, menuScript }, scripts);
    const finish = (html: string): string => {
      assertOnlyOurScripts(html, [menuScript, ...scripts], spec.file);
      return tidyHtml(html);
    };
    const render = (context: object): string => templates.render(spec.template, context);
    const inputs = {
      file: spec.file,
      template: spec.template,
      shared: data as unknown as Record<string, unknown>,
      own,
    };
    files.set(spec.file, built ? built.page(inputs, render, finish) : finish(render({ ...data, ...own })));
    pages.add(spec.file);
  }
  memory?.keepOnly(pages);
  return [...files.keys()].sort().map((file) => ({ path: file, bytes: files.get(file) as string | Buffer }));
}

/** What a page holds besides the site's data: its scenario (if it is one) and where it sits. */
function pageOwn(
  data: SiteData,
  spec: SitePage,
  { menu, menuScript }: { menu: MenuItem[]; menuScript: InlineScript },
  scripts: InlineScript[],
): Record<string, unknown> {
  const root = '../'.repeat(spec.file.split('/').length - 1);
  return {
    scenario: spec.scenario,
    page: {
      file: spec.file,
      title: spec.title,
      fullTitle: `${spec.title} – ${data.meta.organization}`,
      root,
      csp: contentSecurityPolicy([menuScript, ...scripts]),
      menuScript,
      scripts,
      // The binder sits next to the site folder: dist/binder.pdf beside dist/site/.
      pdf: `${root}../binder.pdf`,
      // So is the calendar of what falls due: dist/plan.ics.
      calendar: `${root}../plan.ics`,
      cards: `${root}../cards.pdf`,
      extracts: `${root}../extracts.pdf`,
      nav: menu.map((item) => ({
        href: `${root}${item.file}`,
        label: item.label,
        current: item.section === spec.section && spec.scenario === null,
      })),
    },
  };
}
