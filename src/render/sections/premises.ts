import { join, searchDocument, sitePage, type Section } from './section.js';
import { siteHref } from '../site-hrefs.js';

/** The premises and how to reroute their calls (in the binder, on the contact sheets). */
export const premises: Section = {
  id: 'premises',
  site: { menu: 'Premises', pages: () => [sitePage('premises', 'Premises and call rerouting')] },
  search: (data) =>
    data.premises.map((p) =>
      searchDocument('Premises', p.id, {
        title: p.name,
        aliases: '',
        text: join(p.address, p.phone, p.access, p.callRerouting?.steps.map((step) => step.text).join(' '), p.notes),
        url: siteHref('premises', p.id, ''),
      }),
    ),
};
