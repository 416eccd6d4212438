import type { PlanModel } from '../../model/plan-model.js';
import { packageInfo } from '../../core/package-info.js';
import { icsCalendar } from './ics.js';
import { planEvents } from './plan-events.js';

/** Where the calendar is written, relative to the output folder: beside binder.pdf. */
export const CALENDAR_FILE = 'plan.ics';

/**
 * The plan's calendar (`plan.ics`): what falls due, as all-day events. `generated` (from SOURCE_DATE_EPOCH, else
 * today) is its DTSTAMP, so the same plan and epoch give the same bytes.
 */
export function renderCalendar(plan: PlanModel, today: string, generated: string): string {
  const organization = plan.data.plan.organization;
  return icsCalendar({
    name: `${organization}: continuity plan`,
    productId: `-//bcp//bcp ${packageInfo().version}//EN`,
    stamp: generated,
    events: planEvents(plan, today, `${slug(organization)}.bcp`),
  });
}

/** The organization as a UID domain: `Harbour & Pine Trading Pty Ltd` → `harbour-pine-trading-pty-ltd`. */
function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'plan'
  );
}
