import { entry, sitePage, type Section } from './section.js';

/** The blank forms, and the checklist for when the system is back (printed with them, forms or not). */
export const forms: Section = {
  id: 'forms',
  // A plan with no forms has no forms page, and so no menu entry for one.
  site: { menu: 'Forms', pages: (data) => (data.forms.length > 0 ? [sitePage('forms', 'Blank forms')] : []) },
  binder: {
    partials: ['print-forms'],
    contents: (data) => [
      ...(data.forms.length > 0
        ? [
            entry(
              'forms',
              'Blank forms',
              data.forms.map((form) => entry(form.anchor, form.title)),
            ),
          ]
        : []),
      entry('form-back-up', 'When the system is back: checklist'),
    ],
  },
};
