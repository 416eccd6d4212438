import { entry, join, searchDocument, sitePage, type Section } from './section.js';

/** Whom to call: the call tree, the people and their deputies, the critical contacts. */
export const contacts: Section = {
  id: 'contacts',
  site: { menu: 'Contacts', pages: () => [sitePage('contacts', 'Contacts and call tree')] },
  binder: {
    // The binder's contact sheets hold the vendors, systems and premises too: one part to photocopy.
    partials: ['print-contacts'],
    contents: (data) => [
      entry('contacts', 'Contact sheets', [
        entry('call-tree', 'Call tree'),
        entry('people', 'People, phones and deputies'),
        ...(data.contacts ? [entry('critical-contacts', 'Critical contacts')] : []),
        ...(data.vendors.length > 0 ? [entry('vendors', 'Vendors and their backups')] : []),
        ...(data.systems.length > 0 ? [entry('systems', 'Systems and their backups')] : []),
        ...(data.premises.length > 0 ? [entry('premises', 'Premises and call rerouting')] : []),
      ]),
    ],
  },
  search: (data) => [
    ...data.people.map((p) =>
      searchDocument('Person', p.id, {
        title: p.name,
        aliases: p.role,
        text: join(
          p.phone,
          p.mobile,
          p.email,
          p.knowHow.join(' '),
          p.deputy ? `Deputy: ${p.deputy.name}` : null,
          p.notes,
        ),
        url: `contacts.html#person-${p.id}`,
      }),
    ),
    ...(data.contacts?.entries ?? []).map((contact, index) =>
      searchDocument('Contact', String(index + 1), {
        title: contact.organization ? `${contact.name}, ${contact.organization}` : contact.name,
        aliases: contact.kind,
        text: join(contact.phone, contact.email, contact.notes),
        url: `contacts.html#contact-${index + 1}`,
      }),
    ),
  ],
};
