import { entry, type Section } from './section.js';

/** The binder's revision history (the site shows the record of changes on its overview). */
export const revisions: Section = {
  id: 'revisions',
  binder: { partials: ['print-revisions'], contents: () => [entry('revisions', 'Revision history')] },
};
