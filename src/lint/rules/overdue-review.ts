import type { PlanPath } from '../../load/plan-path.js';
import { addMinutes, daysBetween } from '../../model/dates.js';
import { parseDuration } from '../../model/duration.js';
import type { PlanModel } from '../../model/plan-model.js';
import type { Finding, LintRule } from '../types.js';

/** Something the plan promises to review every so often: the plan itself, the critical contacts, a document. */
interface Reviewable {
  /** How a person names it: "The plan", "The price list (`price-list`)". */
  name: string;
  reviewed: string | undefined;
  interval: string;
  /** Where the review date is written; for one never reviewed, where to write it. */
  path: PlanPath;
}

/**
 * "The BCP is a living document—it degrades in value if not maintained". The sources ask for the critical
 * contacts list to be updated weekly and the supplier list monthly; each review interval written in the plan
 * is a promise this rule holds it to.
 */
const rule: LintRule = {
  id: 'overdue-review',
  description: 'The plan, the critical contacts list or a fallback document is past its review interval.',
  severity: 'warning',
  check(plan, context) {
    return reviewables(plan).flatMap((item) => overdue(item, context.today));
  },
};

function reviewables(plan: PlanModel): Reviewable[] {
  const { plan: meta, contacts, documents = [] } = plan.data;
  const items: Reviewable[] = [
    { name: 'The plan', reviewed: meta.reviewed, interval: meta.review_interval, path: ['plan', 'reviewed'] },
  ];
  if (contacts) {
    const { reviewed, review_interval: interval } = contacts;
    items.push({ name: 'The critical contacts list', reviewed, interval, path: ['contacts', 'reviewed'] });
  }
  documents.forEach((document, index) => {
    if (document.review_interval === undefined) return;
    items.push({
      name: `${document.title} (\`${document.id}\`)`,
      reviewed: document.reviewed,
      interval: document.review_interval,
      path: ['documents', index, document.reviewed === undefined ? 'id' : 'reviewed'],
    });
  });
  return items;
}

function overdue({ name, reviewed, interval, path }: Reviewable, today: string): Finding[] {
  if (reviewed === undefined) {
    return [
      {
        path,
        message: `${name} is to be reviewed every ${interval} but has never been reviewed`,
        hint: 'Check it is current, then write the date as `reviewed: YYYY-MM-DD`.',
      },
    ];
  }
  const minutes = parseDuration(interval);
  if (minutes === undefined) return [];
  // Due on the last day of the interval: exactly at the interval is on time, one day later is late.
  const due = addMinutes(reviewed, minutes);
  const late = daysBetween(due, today);
  if (late <= 0) return [];
  return [
    {
      path,
      message: `${name} was last reviewed on ${reviewed} and is to be reviewed every ${interval}: ${late} ${late === 1 ? 'day' : 'days'} overdue`,
      hint: 'Check it is still current (names, numbers, prices, procedures), then set `reviewed` to the date you did.',
    },
  ];
}

export default rule;
