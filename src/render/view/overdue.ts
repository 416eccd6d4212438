import { addMinutes } from '../../core/dates.js';
import { parseDuration } from '../../core/duration.js';
import type { PlanModel } from '../../model/plan-model.js';
import { reachableName } from './people.js';

/** A list the plan says must be reviewed every so often, whose review has come due: flagged where it is printed. */
export interface OverdueView {
  /** What the reader knows it by: "Critical contacts", "Trade price list". */
  what: string;
  /** When its review was due (YYYY-MM-DD). */
  due: string;
  reviewed: string;
  /** Who keeps it current, when the plan says. */
  owner: string | null;
  /** The id of the element the list is printed at in the binder. */
  anchor: string;
}

/** Every list with a review date and interval (the critical contacts, each fallback document) due on or before today. */
export function overdueViews(plan: PlanModel, today: string): OverdueView[] {
  const contacts = plan.data.contacts;
  const lists = [
    ...(contacts
      ? [{ what: 'Critical contacts', ...contacts, anchor: 'critical-contacts', reviewed: contacts.reviewed }]
      : []),
    ...(plan.data.documents ?? []).map((document) => ({
      what: document.title,
      owner: document.owner,
      reviewed: document.reviewed,
      review_interval: document.review_interval,
      anchor: `document-${document.id}`,
    })),
  ];
  return lists.flatMap(({ what, owner, reviewed, review_interval: interval, anchor }) => {
    const minutes = interval === undefined ? undefined : parseDuration(interval);
    if (reviewed === undefined || minutes === undefined) return [];
    const due = addMinutes(reviewed, minutes);
    if (due > today) return [];
    return [{ what, due, reviewed, owner: owner ? reachableName(plan, owner) : null, anchor }];
  });
}
