import { entry, sitePage, type Section } from './section.js';

/** The front of the plan: the site's overview page; the binder's cover and its quick reference. */
export const overview: Section = {
  id: 'index',
  site: { menu: 'Overview', pages: () => [sitePage('index', 'Overview')] },
  binder: {
    partials: ['print-cover', 'print-quick-reference'],
    contents: () => [entry('quick-reference', 'If something is down: quick reference')],
  },
};
