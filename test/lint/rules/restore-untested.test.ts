import { describe, it } from 'vitest';
import rule from '../../../src/lint/rules/restore-untested.js';
import { testRule, type RuleCase } from '../rule-tester.js';

const cases: RuleCase[] = [
  {
    name: 'never tested, tested 91 days ago, failed, and short of records',
    fixture: 'restore-untested/fails',
    today: '2026-06-01',
    messages: [
      'backup `never-tested` of Brightpearl has never been restore-tested',
      'was last restore-tested on 2026-03-02, 91 days ago (due 2026-05-31',
      'the last restore test of backup `failed-test` of Brightpearl (2026-05-01) failed',
      'restored 3 fewer records than the live system held',
    ],
  },
  {
    name: 'a restore test that did not compare record counts',
    fixture: 'restore-untested/counts-missing',
    today: '2026-06-01',
    messages: [
      '(2026-05-01) did not compare record counts',
      'backup `attachments` of Brightpearl (2026-05-02) did not compare record counts',
    ],
  },
  {
    name: 'counts compared and matched, the numbers not kept',
    fixture: 'restore-untested/counts-compared',
    today: '2026-06-01',
  },
  {
    name: 'counts compared, but the restore failed or restored only part of the data',
    fixture: 'restore-untested/counts-compared-not-passed',
    today: '2026-06-01',
    messages: [
      'the last restore test of backup `weekly-export` of Brightpearl (2026-05-01) only partly restored the data',
      'the last restore test of backup `attachments` of Brightpearl (2026-05-02) failed',
    ],
  },
  {
    name: 'tested exactly 90 days ago; a future test does not count',
    fixture: 'restore-untested/passes',
    today: '2026-06-01',
  },
];

describe('restore-untested', () => {
  for (const testCase of cases) it(testCase.name, () => testRule(rule, testCase));
});
