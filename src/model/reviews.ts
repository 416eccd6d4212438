import type { PlanPath } from '../core/plan-path.js';
import { addMinutes } from '../core/dates.js';
import { parseDuration } from '../core/duration.js';
import type { PlanModel } from './plan-model.js';

/** Something the plan promises to review every so often: the plan itself, the critical contacts, a document. */
export interface Reviewable {
  /** Stable within the plan: `plan`, `contacts`, `document-<id>`. */
  key: string;
  /** How a person names it: "The plan", "The price list (`price-list`)". */
  name: string;
  /** The plain title, for a calendar: "the plan", "the critical contacts list", "Price list". */
  title: string;
  reviewed: string | undefined;
  interval: string;
  /** Where the review date is written; for one never reviewed, where to write it. */
  path: PlanPath;
}

/** Every review interval the plan promises to keep. */
export function reviewables(plan: PlanModel): Reviewable[] {
  const { plan: meta, contacts, documents = [] } = plan.data;
  const items: Reviewable[] = [
    {
      key: 'plan',
      name: 'The plan',
      title: 'the continuity plan',
      reviewed: meta.reviewed,
      interval: meta.review_interval,
      path: ['plan', 'reviewed'],
    },
  ];
  if (contacts) {
    const { reviewed, review_interval: interval } = contacts;
    items.push({
      key: 'contacts',
      name: 'The critical contacts list',
      title: 'the critical contacts list',
      reviewed,
      interval,
      path: ['contacts', 'reviewed'],
    });
  }
  documents.forEach((document, index) => {
    if (document.review_interval === undefined) return;
    items.push({
      key: `document-${document.id}`,
      name: `${document.title} (\`${document.id}\`)`,
      title: document.title,
      reviewed: document.reviewed,
      interval: document.review_interval,
      path: ['documents', index, document.reviewed === undefined ? 'id' : 'reviewed'],
    });
  });
  return items;
}

/**
 * The date the next review is due: the last day of the interval (on it is on time, a day later is late).
 * Undefined when it was never reviewed (due now) or the interval is not a duration.
 */
export function reviewDue({ reviewed, interval }: Pick<Reviewable, 'reviewed' | 'interval'>): string | undefined {
  const minutes = parseDuration(interval);
  return reviewed === undefined || minutes === undefined ? undefined : addMinutes(reviewed, minutes);
}
