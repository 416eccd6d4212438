import type { Section } from './section.js';

/** The binder's contents (made from every section's entries; see `binderContents`). */
export const contents: Section = {
  id: 'contents',
  binder: { partials: ['print-contents'], contents: () => [] },
};
