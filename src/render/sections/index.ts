import { communication } from './communication.js';
import { contacts } from './contacts.js';
import { contents } from './contents.js';
import { documents } from './documents.js';
import { exercises } from './exercises.js';
import { findings } from './findings.js';
import { forms } from './forms.js';
import { overview } from './overview.js';
import { premises } from './premises.js';
import { revisions } from './revisions.js';
import { scenarios } from './scenarios.js';
import { search } from './search.js';
import type { BinderContentsData, ContentsEntry, SearchDocument, Section, SitePage } from './section.js';
import type { SiteData } from '../view/site-view.js';
import { systems } from './systems.js';
import { vendors } from './vendors.js';

export type { ContentsEntry, SearchDocument, Section, SitePage } from './section.js';

/**
 * Every part of the outputs, in reading order: the order of the site's menu, of the binder's parts and contents,
 * and of the search index. The menu leads with what someone in an outage needs: what to do, whom to call, what
 * to say, with what.
 */
export const sections: readonly Section[] = [
  overview,
  contents,
  scenarios,
  contacts,
  communication,
  vendors,
  systems,
  premises,
  documents,
  forms,
  exercises,
  findings,
  revisions,
  search,
];

/** The site's pages. */
export function sitePages(data: SiteData): SitePage[] {
  return sections.flatMap((section) => section.site?.pages(data) ?? []);
}

export interface MenuItem {
  section: string;
  file: string;
  label: string;
}

/** The site's menu: a section with a label and at least one page. */
export function siteMenu(data: SiteData): MenuItem[] {
  return sections.flatMap((section) => {
    const first = section.site?.menu ? section.site.pages(data)[0] : undefined;
    return first ? [{ section: section.id, file: first.file, label: section.site!.menu! }] : [];
  });
}

/** The partials that print the binder, in order. */
export function binderPartials(): string[] {
  return sections.flatMap((section) => section.binder?.partials ?? []);
}

/** The binder's contents. */
export function binderContents(data: BinderContentsData): ContentsEntry[] {
  return sections.flatMap((section) => section.binder?.contents(data) ?? []);
}

/** Everything worth finding in an outage, in page order so that the index is the same for the same plan. */
export function searchDocuments(data: SiteData): SearchDocument[] {
  return sections.flatMap((section) => section.search?.(data) ?? []);
}
