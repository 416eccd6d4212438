import { plainText } from '../plain-text.js';
import { entry, join, searchDocument, type SearchDocument, type Section } from './section.js';
import type { SiteData } from '../view/site-view.js';

/** The scenarios: a site page each, the binder's scenario sheets, and their steps and procedures in search. */
export const scenarios: Section = {
  id: 'scenarios',
  site: {
    // A scenario page is reached from the overview, which lists them all.
    pages: (data) =>
      data.scenarios.map((scenario) => ({
        file: scenario.file,
        template: 'site/scenario',
        title: scenario.title,
        section: 'index',
        scenario,
      })),
  },
  binder: {
    partials: ['print-scenarios'],
    contents: (data) => [
      entry(
        'scenarios',
        'Scenarios at a glance',
        data.scenarios.map((scenario) => entry(scenario.slug, scenario.title)),
      ),
    ],
  },
  search: (data) => data.scenarios.flatMap(scenarioDocuments),
};

const STEP_LISTS = [
  ['Workaround', 'workaround', 'workaround'],
  ['Recovery', 'recovery', 'recovery'],
  ['Back to normal', 'back-to-normal', 'backToNormal'],
] as const;

function scenarioDocuments(s: SiteData['scenarios'][number]): SearchDocument[] {
  const documents = [
    searchDocument('Scenario', s.id, {
      title: s.title,
      // The everyday words people search with ("fire", "power cut") find the scenario as its title does.
      aliases: [s.kind.replace(/-/g, ' '), ...s.alsoCalled].join(' '),
      text: join(s.description, s.impact, s.trigger.description, `Lead: ${s.lead?.name ?? s.leadUnknown ?? ''}`),
      url: s.file,
    }),
  ];
  for (const [label, anchor, list] of STEP_LISTS) {
    for (const step of s[list]) {
      documents.push(
        searchDocument('Step', `${s.id}:${anchor}-${step.number}`, {
          title: `${label} step ${step.number}: ${s.title}`,
          aliases: '',
          text: join(step.text, step.note, step.owner?.name),
          url: `${s.file}#${anchor}-${step.number}`,
        }),
      );
    }
  }
  if (s.procedureHtml) {
    documents.push(
      searchDocument('Procedure', s.id, {
        title: `Procedure: ${s.title}`,
        aliases: '',
        text: plainText(s.procedureHtml.toString()),
        url: `${s.file}#procedure`,
      }),
    );
  }
  return documents;
}
