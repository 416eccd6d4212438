import type { SiteData, SiteScenario } from '../view/site-view.js';

/**
 * One part of the plan's outputs, defined once: its site pages (and menu entry), its parts of the binder and their
 * place in the contents, and what the search page finds in it. The site's page list and menu, the binder's order
 * and contents, and the search index are all read off the registry (`sections/index.ts`), so adding a part is
 * the schema, one module here, and its templates.
 */
export interface Section {
  /** The section's name: the key of its menu entry and of its pages. */
  id: string;
  site?: {
    /** The menu entry's label; none for pages the menu does not list (scenarios, search). */
    menu?: string;
    /** Its pages; none when the plan has nothing to show on them (then it has no menu entry either). */
    pages: (data: SiteData) => SitePage[];
  };
  binder?: {
    /** The partials that print it, in order. */
    partials: string[];
    /** Its entries in the binder's contents. */
    contents: (data: BinderContentsData) => ContentsEntry[];
  };
  /** What the search page finds in it, in page order (the same plan gives the same index). */
  search?: (data: SiteData) => SearchDocument[];
}

/** One HTML file of the site: which template draws it, and what its `<title>` and menu say. */
export interface SitePage {
  file: string;
  template: string;
  /** The page's own name; the organization is added in `<title>`. */
  title: string;
  /** Which menu entry is the current one. */
  section: string;
  scenario: SiteScenario | null;
}

/** A line of the binder's contents: where it leads, what it says, and the lines under it. */
export interface ContentsEntry {
  id: string;
  title: string;
  children: ContentsEntry[];
}

/** What the contents are made from: the binder's view (see `print/binder-view.ts`). */
export interface BinderContentsData {
  scenarios: { slug: string; title: string }[];
  contacts: object | null;
  vendors: unknown[];
  systems: unknown[];
  premises: unknown[];
  documents: unknown[];
  forms: { anchor: string; title: string }[];
  print: { readings: { anchor: string; title: string }[] };
}

/** One thing the search page can find; `url` is relative to the site root. */
export interface SearchDocument {
  id: string;
  kind: string;
  title: string;
  aliases: string;
  text: string;
  url: string;
}

/** A search document whose id is its kind and key, as `Vendor:kestrel-it`. */
export function searchDocument(kind: string, key: string, doc: Omit<SearchDocument, 'id' | 'kind'>): SearchDocument {
  return { id: `${kind}:${key}`, kind, ...doc };
}

/** Words for the search index: the parts that are there, joined by spaces. */
export const join = (...parts: (string | null | undefined)[]): string => parts.filter(Boolean).join(' ');

/** A site page of one section, drawn by `templates/site/<section>.hbs`. */
export function sitePage(section: string, title: string): SitePage {
  return { file: `${section}.html`, template: `site/${section}`, title, section, scenario: null };
}

/** A contents line with nothing under it. */
export function entry(id: string, title: string, children: ContentsEntry[] = []): ContentsEntry {
  return { id, title, children };
}
