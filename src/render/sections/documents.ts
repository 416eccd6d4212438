import { plainText } from '../plain-text.js';
import { entry, join, searchDocument, sitePage, type Section } from './section.js';
import { siteHref } from '../site-hrefs.js';

/** The fallback documents, where their copies are, and the ones printed in full. */
export const documents: Section = {
  id: 'documents',
  site: { menu: 'Documents', pages: () => [sitePage('documents', 'Fallback documents')] },
  binder: {
    partials: ['print-documents'],
    contents: (data) =>
      data.documents.length > 0
        ? [
            entry(
              'documents',
              'Fallback documents and where the copies are',
              data.print.readings.map((reading) => entry(reading.anchor, reading.title)),
            ),
          ]
        : [],
  },
  search: (data) =>
    data.documents.map((d) =>
      searchDocument('Document', d.id, {
        title: d.title,
        aliases: d.kind.replace(/-/g, ' '),
        text: join(
          d.description,
          d.copies.map((c) => c.location).join(' '),
          d.html ? plainText(d.html.toString()) : null,
        ),
        url: siteHref('document', d.id, ''),
      }),
    ),
};
