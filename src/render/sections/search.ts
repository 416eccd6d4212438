import { sitePage, type Section } from './section.js';

/** The site's search page; its index is made from every section's search documents. */
export const search: Section = {
  id: 'search',
  site: { pages: () => [sitePage('search', 'Search')] },
};
