import type { SiteData, SiteScenario } from './site-view.js';

/** One HTML file of the site: which template draws it, and what its `<title>` and menu say. */
export interface PageSpec {
  file: string;
  template: string;
  /** The page's own name; the organization is added in `<title>`. */
  title: string;
  /** Which menu entry is the current one. */
  section: string;
  scenario: SiteScenario | null;
}

/** The menu, in the order someone in an outage needs it: what to do, whom to call, what to say, with what. */
export const menu = [
  { section: 'index', file: 'index.html', label: 'Overview' },
  { section: 'contacts', file: 'contacts.html', label: 'Contacts' },
  { section: 'communication', file: 'communication.html', label: 'Messages' },
  { section: 'vendors', file: 'vendors.html', label: 'Vendors' },
  { section: 'systems', file: 'systems.html', label: 'Systems' },
  { section: 'premises', file: 'premises.html', label: 'Premises' },
  { section: 'documents', file: 'documents.html', label: 'Documents' },
  { section: 'forms', file: 'forms.html', label: 'Forms' },
  { section: 'exercises', file: 'exercises.html', label: 'Exercises' },
  { section: 'findings', file: 'findings.html', label: 'Findings' },
] as const;

export function pageSpecs(data: SiteData): PageSpec[] {
  const page = (file: string, title: string): PageSpec => {
    const section = file.slice(0, -'.html'.length);
    return { file, template: `site/${section}`, title, section, scenario: null };
  };
  return [
    page('index.html', 'Overview'),
    page('contacts.html', 'Contacts and call tree'),
    page('communication.html', 'Communication and messages'),
    page('vendors.html', 'Vendors'),
    page('systems.html', 'Systems and backups'),
    page('premises.html', 'Premises and call rerouting'),
    page('documents.html', 'Fallback documents'),
    ...(data.forms.length > 0 ? [page('forms.html', 'Blank forms')] : []),
    page('exercises.html', 'Exercises and actions'),
    page('findings.html', 'Plan health findings'),
    page('search.html', 'Search'),
    ...data.scenarios.map((scenario) => ({
      file: scenario.file,
      template: 'site/scenario',
      title: scenario.title,
      section: 'index',
      scenario,
    })),
  ];
}
