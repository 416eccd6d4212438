import { join, searchDocument, sitePage, type Section } from './section.js';

/** The systems and their backups (in the binder, on the contact sheets). */
export const systems: Section = {
  id: 'systems',
  site: { menu: 'Systems', pages: () => [sitePage('systems', 'Systems and backups')] },
  search: (data) =>
    data.systems.map((s) =>
      searchDocument('System', s.id, {
        title: s.name,
        aliases: s.aliases.join(' '),
        text: join(s.category, s.vendor?.name, s.holds.join(' '), s.backups.map((b) => b.what).join(' '), s.notes),
        url: `systems.html#system-${s.id}`,
      }),
    ),
};
