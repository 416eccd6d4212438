import { entry, sitePage, type Section } from './section.js';

/** The plan's health: what the checker found, errors first. */
export const findings: Section = {
  id: 'findings',
  site: { menu: 'Findings', pages: () => [sitePage('findings', 'Plan health findings')] },
  binder: { partials: ['print-health'], contents: () => [entry('health', 'Plan health')] },
};
