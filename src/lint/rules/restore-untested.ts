import type { Backup, RestoreTest } from '../../core/plan.generated.js';
import { daysBetween } from '../../core/dates.js';
import { latestRestoreTest, RESTORE_TEST_DAYS, restoreTestDue } from '../../model/restore-tests.js';
import type { PlanPath } from '../../core/plan-path.js';
import type { Finding, LintRule } from '../types.js';

/** A backup that was never restored may be incomplete, corrupt or unusable, and nobody finds out until the outage. */
const rule: LintRule = {
  id: 'restore-untested',
  description:
    'A backup with no restore test within 90 days, or whose last restore test did not compare record counts or failed.',
  severity: 'warning',
  check(plan, { today }) {
    const findings: Finding[] = [];
    (plan.data.systems ?? []).forEach((system, systemIndex) => {
      if (system.status === 'retired') return;
      (system.backups ?? []).forEach((backup, backupIndex) => {
        const path: PlanPath = ['systems', systemIndex, 'backups', backupIndex];
        const finding = checkBackup(backup, `backup \`${backup.id}\` of ${system.name}`, path, today);
        if (finding) findings.push(finding);
      });
    });
    return findings;
  },
};

function checkBackup(backup: Backup, name: string, path: PlanPath, today: string): Finding | undefined {
  const latest = latestRestoreTest(backup, today);
  const hint =
    'Restore the backup into a spreadsheet or a spare system, and compare its record counts with the live system.';
  if (!latest) return { path: [...path, 'id'], message: `${name} has never been restore-tested`, hint };
  const at: PlanPath = [...path, 'restore_tests', latest.index];
  const age = daysBetween(latest.test.date, today);
  if (age > RESTORE_TEST_DAYS) {
    const due = restoreTestDue(backup, today);
    return {
      path: [...at, 'date'],
      message: `${name} was last restore-tested on ${latest.test.date}, ${age} days ago (due ${due}; test every ${RESTORE_TEST_DAYS} days)`,
      hint,
    };
  }
  return latestTestProblem(latest.test, name, at, hint);
}

function latestTestProblem(test: RestoreTest, name: string, at: PlanPath, hint: string): Finding | undefined {
  const counted = test.records_expected !== undefined && test.records_restored !== undefined;
  // Counts compared and found equal, the numbers not kept: a true statement the plan can make, and enough.
  if (!counted && test.counts_compared === true)
    return test.result === 'passed' ? undefined : failed(test, name, at, hint);
  if (!counted) {
    return {
      path: [...at, 'date'],
      message: `the last restore test of ${name} (${test.date}) did not compare record counts`,
      hint: 'Record `records_expected` (live system) and `records_restored` (restored copy), or `counts_compared: true` if they were compared and matched but the numbers were not kept.',
    };
  }
  if (test.result !== 'passed') return failed(test, name, at, hint);
  if (
    test.records_restored !== undefined &&
    test.records_expected !== undefined &&
    test.records_restored < test.records_expected
  ) {
    const missing = test.records_expected - test.records_restored;
    return {
      path: [...at, 'records_restored'],
      message: `the last restore test of ${name} (${test.date}) restored ${missing} fewer records than the live system held`,
      hint,
    };
  }
  return undefined;
}

function failed(test: RestoreTest, name: string, at: PlanPath, hint: string): Finding {
  return {
    path: [...at, 'result'],
    message: `the last restore test of ${name} (${test.date}) ${test.result === 'failed' ? 'failed' : 'only partly restored the data'}`,
    hint,
  };
}

export default rule;
