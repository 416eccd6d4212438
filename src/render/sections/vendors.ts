import { join, searchDocument, sitePage, type Section } from './section.js';

/** The vendors and how to reach their support (in the binder, on the contact sheets). */
export const vendors: Section = {
  id: 'vendors',
  site: { menu: 'Vendors', pages: () => [sitePage('vendors', 'Vendors')] },
  search: (data) =>
    data.vendors.map((v) =>
      searchDocument('Vendor', v.id, {
        title: v.name,
        aliases: join(v.kind, v.contacts.map((c) => c.name).join(' ')),
        text: join(v.service, v.account, v.contract, v.support?.phone, v.support?.email, v.notes),
        url: `vendors.html#vendor-${v.id}`,
      }),
    ),
};
