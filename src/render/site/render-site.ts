import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { eachFile } from '../../fs/each-file.js';
import { naming } from '../../fs/fs-problem.js';
import type { TemplateSet } from '../templates.js';
import { assertOnlyOurScripts, contentSecurityPolicy, inlineScript, type InlineScript } from './csp.js';
import { menu, pageSpecs, type PageSpec } from './pages.js';
import { printStyle } from './print-style.js';
import { searchDocuments, searchIndexScript } from './search-index.js';
import { fontFiles, miniSearchScript } from './site-assets.js';
import { siteData, type SiteData, type SiteView } from './site-view.js';
import { tidyHtml } from './tidy-html.js';

export type { SiteCharts, SiteView } from './site-view.js';

/**
 * Writes the offline site into `outDir`: one page per part of the plan and per scenario, the stylesheet and
 * fonts, and a search page whose index is inlined. Every link is relative and nothing is fetched, so the site
 * works opened from a USB stick with no network. The same view gives the same bytes.
 *
 * @returns the paths written, relative to `outDir`, with `/` separators, sorted.
 */
export async function renderSite(view: SiteView, templates: TemplateSet, outDir: string): Promise<string[]> {
  const data = siteData(view);
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
  for (const spec of pageSpecs(data)) {
    const scripts = spec.file === 'search.html' ? searchScripts : [];
    const html = templates.render(spec.template, pageContext(data, spec, menuScript, scripts));
    assertOnlyOurScripts(html, [menuScript, ...scripts], spec.file);
    files.set(spec.file, tidyHtml(html));
  }
  const written = [...files.keys()].sort();
  const target = (file: string): string => path.join(outDir, ...file.split('/'));
  // The folders first, then the files several at a time: one at a time, a site of a thousand pages waits on each
  // write; all at once, it runs out of open files.
  for (const folder of new Set(written.map((file) => path.dirname(target(file))))) {
    await mkdir(folder, { recursive: true });
  }
  await eachFile(written, (file) => naming(target(file), writeFile(target(file), files.get(file) as string | Buffer)));
  return written;
}

function pageContext(data: SiteData, spec: PageSpec, menuScript: InlineScript, scripts: InlineScript[]): object {
  const root = '../'.repeat(spec.file.split('/').length - 1);
  return {
    ...data,
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
      // A plan with no forms has no forms page, and so no menu entry for one.
      nav: menu
        .filter((item) => item.section !== 'forms' || data.forms.length > 0)
        .map((item) => ({
          href: `${root}${item.file}`,
          label: item.label,
          current: item.section === spec.section && spec.scenario === null,
        })),
    },
  };
}
