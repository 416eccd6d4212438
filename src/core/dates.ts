const MINUTES_PER_DAY = 24 * 60;

/** Days from `from` to `to` (YYYY-MM-DD), negative when `to` is earlier. Dates are calendar days in UTC. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The date `minutes` after `date`, rounded down to whole days. */
export function addMinutes(date: string, minutes: number): string {
  const days = Math.floor(minutes / MINUTES_PER_DAY);
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whether `date` plus `minutes` lies before `today`: a review or exercise that is overdue. */
export function isOverdue(date: string, minutes: number, today: string): boolean {
  return addMinutes(date, minutes) < today;
}
