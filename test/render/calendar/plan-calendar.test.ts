import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../src/pipeline/check.js';
import { exerciseStatuses } from '../../../src/model/exercise-status.js';
import type { PlanModel } from '../../../src/model/plan-model.js';
import { restoreTestDue } from '../../../src/model/restore-tests.js';
import { reviewables, reviewDue } from '../../../src/model/reviews.js';
import { renderCalendar } from '../../../src/render/calendar/index.js';
import { repoRoot } from '../../helpers/paths.js';
import { parseCalendar, type ParsedEvent } from './ical.js';

const clinic = path.join(repoRoot, 'test', 'fixtures', 'render', 'calendar-clinic');
const examplePlan = path.join(repoRoot, 'plan');

async function modelOf(dir: string, today: string): Promise<PlanModel> {
  const { model } = await checkPlan(dir, { today });
  if (!model) throw new Error(`${dir} is not a valid plan`);
  return model;
}

async function calendarOf(dir: string, today: string): Promise<ParsedEvent[]> {
  return parseCalendar(renderCalendar(await modelOf(dir, today), today, today)).events;
}

const byUid = (events: ParsedEvent[]): Record<string, string> =>
  Object.fromEntries(events.map((event) => [event.uid, event.date]));

describe("the plan's calendar (plan.ics)", () => {
  it('puts each due date of a clinic plan on its day; what was never done is due today', async () => {
    const domain = '@riverside-family-clinic-dr-lee-dr-okoye.bcp';
    expect(byUid(await calendarOf(clinic, '2026-06-01'))).toEqual({
      [`review.plan${domain}`]: '2026-08-30',
      [`review.contacts${domain}`]: '2026-06-17',
      [`review.document-paper-appointment-sheet${domain}`]: '2026-06-01',
      [`exercise.software-down.tabletop${domain}`]: '2026-07-13',
      [`exercise.software-down.functional${domain}`]: '2026-06-01',
      // The action that is done has no event; the open one is due on its date.
      [`action.tabletop-2026-04.2${domain}`]: '2026-07-01',
      [`restore-test.practice-software.nightly${domain}`]: '2026-07-09',
      [`restore-test.practice-software.offsite${domain}`]: '2026-06-01',
    });
  });

  it('says who owns an open exercise action, and escapes commas and semicolons in what it says', async () => {
    const events = await calendarOf(clinic, '2026-06-01');
    const action = events.find((event) => event.uid.startsWith('action.'));
    expect(action?.summary).toBe('Dr Amy Lee: Ask the vendor, in writing, for their restore time; put it in the plan');
    expect(action?.description).toContain('Owner: Dr Amy Lee. Due 2026-07-01.');
    const restore = events.find((event) => event.uid.startsWith('restore-test.practice-software.nightly'));
    expect(restore?.summary).toBe(
      'Restore test due: Nightly database backup (Practice software; appointments, notes, billing)',
    );
  });

  it('keeps the same UIDs a year later, moving only what is due now', async () => {
    const now = byUid(await calendarOf(clinic, '2026-06-01'));
    const later = byUid(await calendarOf(clinic, '2027-06-01'));
    expect(Object.keys(later).sort()).toEqual(Object.keys(now).sort());
    const moved = Object.keys(now).filter((uid) => now[uid] !== later[uid]);
    expect(moved.sort()).toEqual(
      Object.keys(now)
        .filter((uid) => now[uid] === '2026-06-01')
        .sort(),
    );
  });

  it('matches every due date of the example plan as the lint rules compute them', async () => {
    const today = '2026-11-02';
    const plan = await modelOf(examplePlan, today);
    const events = await calendarOf(examplePlan, today);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    const dates = (category: string): string[] =>
      events
        .filter((e) => e.categories.includes(category))
        .map((e) => e.date)
        .sort();
    expect(dates('Review')).toEqual(
      reviewables(plan)
        .map((item) => reviewDue(item) ?? today)
        .sort(),
    );
    expect(dates('Exercise')).toEqual(
      exerciseStatuses(plan, today)
        .map((s) => s.due ?? today)
        .sort(),
    );
    const open = (plan.data.exercises ?? []).flatMap((e) => e.actions ?? []).filter((a) => a.done === undefined);
    expect(dates('Exercise action')).toEqual(open.map((a) => a.due).sort());
    const backups = (plan.data.systems ?? []).filter((s) => s.status !== 'retired').flatMap((s) => s.backups ?? []);
    expect(dates('Restore test')).toEqual(backups.map((b) => restoreTestDue(b, today) ?? today).sort());
    // Pinned from the plan itself: reviewed 2026-11-02 every 13 weeks; the internet outage's last exercises.
    const at = byUid(events);
    expect(at['review.plan@harbour-pine-trading-pty-ltd.bcp']).toBe('2027-02-01');
    expect(at['exercise.internet-outage.tabletop@harbour-pine-trading-pty-ltd.bcp']).toBe('2026-12-15');
    expect(at['exercise.internet-outage.functional@harbour-pine-trading-pty-ltd.bcp']).toBe('2027-02-22');
  });
});
