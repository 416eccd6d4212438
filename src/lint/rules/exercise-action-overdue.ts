import { daysBetween } from '../../core/dates.js';
import type { Finding, LintRule } from '../types.js';

/** Long enough to recognise an action, short enough for one line of CI output. */
const MAX_ACTION_LENGTH = 60;

/**
 * An exercise is only worth its review: the sources ask what failed, what procedures need updating and what
 * training gaps were found. An action left open past its date means the next disruption meets the same gap.
 */
const rule: LintRule = {
  id: 'exercise-action-overdue',
  description: 'An action from an exercise review is past its due date and not done.',
  severity: 'warning',
  check(plan, context) {
    const findings: Finding[] = [];
    (plan.data.exercises ?? []).forEach((exercise, exerciseIndex) => {
      (exercise.actions ?? []).forEach((action, actionIndex) => {
        const late = daysBetween(action.due, context.today);
        if (action.done !== undefined || late <= 0) return;
        const owner = plan.people.get(action.owner)?.name ?? action.owner;
        findings.push({
          path: ['exercises', exerciseIndex, 'actions', actionIndex, 'due'],
          message: `"${shorten(action.action)}" from exercise \`${exercise.id}\` was due on ${action.due} and is ${late} ${late === 1 ? 'day' : 'days'} overdue (owner: ${owner})`,
          hint: `Ask ${owner} to finish it and record the date as \`done: YYYY-MM-DD\`, or agree a new \`due\` date.`,
        });
      });
    });
    return findings;
  },
};

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_ACTION_LENGTH ? `${oneLine.slice(0, MAX_ACTION_LENGTH - 1).trimEnd()}…` : oneLine;
}

export default rule;
