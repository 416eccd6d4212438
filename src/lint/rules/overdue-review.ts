import { daysBetween } from '../../core/dates.js';
import { reviewables, reviewDue, type Reviewable } from '../../model/reviews.js';
import type { Finding, LintRule } from '../types.js';

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
  const due = reviewDue({ reviewed, interval });
  if (due === undefined) return [];
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
