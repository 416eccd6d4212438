import { describe, it } from 'vitest';
import rule from '../../../src/lint/rules/backup-cannot-meet-rpo.js';
import { testRule, type RuleCase } from '../rule-tester.js';

const cases: RuleCase[] = [
  {
    name: 'a 1-day RPO on a system exported weekly',
    fixture: 'backup-cannot-meet-rpo/fails',
    today: '2026-06-01',
    messages: [
      'scenario `crm-outage` may lose at most 1d of data (RPO), but Brightpearl is backed up only every 1w (backup `weekly-export`)',
    ],
  },
  {
    name: 'the shortest of several backups decides; no backups, an interval to be confirmed or no systems say nothing',
    fixture: 'backup-cannot-meet-rpo/passes',
    today: '2026-06-01',
  },
];

describe('backup-cannot-meet-rpo', () => {
  for (const testCase of cases) it(testCase.name, () => testRule(rule, testCase));
});
