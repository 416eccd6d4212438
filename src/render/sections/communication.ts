import { plainText } from '../plain-text.js';
import { entry, join, searchDocument, sitePage, type Section } from './section.js';
import { siteHref } from '../site-hrefs.js';

/** What to say: who tells whom, and the message templates. */
export const communication: Section = {
  id: 'communication',
  site: { menu: 'Messages', pages: () => [sitePage('communication', 'Communication and messages')] },
  binder: {
    partials: ['print-communication'],
    contents: () => [entry('communication', 'Communication and message templates')],
  },
  search: (data) =>
    data.communication.templates.map((t) =>
      searchDocument('Message', t.id, {
        title: t.title,
        aliases: join(t.audience, t.channel),
        text: plainText(t.html.toString()),
        url: siteHref('template', t.id, ''),
      }),
    ),
};
