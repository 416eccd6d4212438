import { addMinutes } from '../core/dates.js';
import type { Backup, RestoreTest } from '../core/plan.generated.js';

/** The sources ask for a quarterly restore: download the export, open it, compare record counts. */
export const RESTORE_TEST_DAYS = 90;

/** The newest restore test on or before today, with its index; tests dated later are planned, not done. */
export function latestRestoreTest(backup: Backup, today: string): { test: RestoreTest; index: number } | undefined {
  const tests = (backup.restore_tests ?? [])
    .map((test, index) => ({ test, index }))
    .filter(({ test }) => test.date <= today)
    .sort((a, b) => a.test.date.localeCompare(b.test.date));
  return tests[tests.length - 1];
}

/** When the next restore test is due; undefined when the backup was never restore-tested (due now). */
export function restoreTestDue(backup: Backup, today: string): string | undefined {
  const latest = latestRestoreTest(backup, today);
  return latest ? addMinutes(latest.test.date, RESTORE_TEST_DAYS * 24 * 60) : undefined;
}
