import { exerciseStatuses } from '../../model/exercise-status.js';
import type { PlanModel } from '../../model/plan-model.js';
import { RESTORE_TEST_DAYS, restoreTestDue } from '../../model/restore-tests.js';
import { reviewables, reviewDue } from '../../model/reviews.js';
import type { CalendarEvent } from './ics.js';

/**
 * What falls due in the plan, each on its date, computed by the same model code the lint rules use: the plan's
 * and the lists' reviews, a rehearsal per scenario and exercise type, open exercise actions, restore tests.
 * Something never done is due today. UIDs are made from plan ids, so a calendar app that subscribed to the file
 * moves an event when its date changes instead of adding a second one.
 */
export function planEvents(plan: PlanModel, today: string, domain: string): CalendarEvent[] {
  const uid = (...parts: string[]): string => `${parts.join('.')}@${domain}`;
  return [
    ...reviewEvents(plan, today, uid),
    ...exerciseEvents(plan, today, uid),
    ...actionEvents(plan, uid),
    ...restoreEvents(plan, today, uid),
  ];
}

type MakeUid = (...parts: string[]) => string;

function reviewEvents(plan: PlanModel, today: string, uid: MakeUid): CalendarEvent[] {
  return reviewables(plan).flatMap((item) => {
    const due = reviewDue(item);
    // A review date with an interval that is not a duration has no due date to show.
    if (due === undefined && item.reviewed !== undefined) return [];
    return [
      {
        uid: uid('review', item.key),
        date: due ?? today,
        summary: `Review ${item.title}`,
        description: item.reviewed
          ? `Last reviewed ${item.reviewed}; to be reviewed every ${item.interval}. Check it is still current, then write the date you did as reviewed.`
          : `Never reviewed; to be reviewed every ${item.interval}, so it is due now.`,
        categories: ['Review'],
      },
    ];
  });
}

function exerciseEvents(plan: PlanModel, today: string, uid: MakeUid): CalendarEvent[] {
  return exerciseStatuses(plan, today).map((status) => ({
    uid: uid('exercise', status.scenario.id, status.type),
    date: status.due ?? today,
    summary: `${capitalize(status.type)} exercise due: ${status.scenario.title}`,
    description: status.last
      ? `Last ${status.type} exercise covering this scenario: ${status.last}. The plan asks for one within its cadence.`
      : `This scenario was never rehearsed by a ${status.type} exercise, so one is due now.`,
    categories: ['Exercise'],
  }));
}

function actionEvents(plan: PlanModel, uid: MakeUid): CalendarEvent[] {
  return (plan.data.exercises ?? []).flatMap((exercise) =>
    (exercise.actions ?? []).flatMap((action, index) => {
      if (action.done !== undefined) return [];
      const owner = plan.people.get(action.owner)?.name ?? action.owner;
      return [
        {
          uid: uid('action', exercise.id, String(index + 1)),
          date: action.due,
          summary: `${owner}: ${oneLine(action.action)}`,
          description: `Action from exercise ${exercise.title ?? exercise.id} (${exercise.date}). Owner: ${owner}. Due ${action.due}. When it is done, write the date as done.`,
          categories: ['Exercise action'],
        },
      ];
    }),
  );
}

function restoreEvents(plan: PlanModel, today: string, uid: MakeUid): CalendarEvent[] {
  return (plan.data.systems ?? []).flatMap((system) => {
    if (system.status === 'retired') return [];
    return (system.backups ?? []).map((backup) => {
      const due = restoreTestDue(backup, today);
      return {
        uid: uid('restore-test', system.id, backup.id),
        date: due ?? today,
        summary: `Restore test due: ${backup.what} (${system.name})`,
        description: `${due ? 'Restore' : 'Never restore-tested: restore'} the backup into a spreadsheet or a spare system and compare its record counts with the live system (every ${RESTORE_TEST_DAYS} days).`,
        categories: ['Restore test'],
      };
    });
  });
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
