import { entry, join, searchDocument, sitePage, type Section } from './section.js';

/** The exercises held, what they found, and the actions still open. */
export const exercises: Section = {
  id: 'exercises',
  site: { menu: 'Exercises', pages: () => [sitePage('exercises', 'Exercises and actions')] },
  binder: { partials: ['print-exercises'], contents: () => [entry('exercises', 'Exercises and open actions')] },
  search: (data) =>
    data.exercises.map((e) =>
      searchDocument('Exercise', e.id, {
        title: e.title,
        aliases: e.type,
        text: join(e.date, e.summary, ...e.worked, ...e.failed, ...e.updates, ...e.actions.map((a) => a.action)),
        url: `exercises.html#exercise-${e.id}`,
      }),
    ),
};
