import { describe, it } from 'vitest';
import rule from '../../../src/lint/rules/recovery-exceeds-rto.js';
import { testRule, type RuleCase } from '../rule-tester.js';

const cases: RuleCase[] = [
  {
    name: 'a restore chain longer than the RTO, and one timed step alone longer than the RTO',
    fixture: 'recovery-exceeds-rto/fails',
    today: '2026-06-01',
    messages: [
      'scenario `practice-software-down` needs 4h 15m to recover along recovery steps 1 (`call-vendor`), 30m → 2 (`restore`), 3h → 3, 45m, longer than its RTO of 4h',
      'scenario `phones-down` needs at least 3h to recover along recovery steps 1, time unknown → 2, 3h, longer than its RTO of 2h',
    ],
  },
  {
    name: 'steps in parallel (after) are not added up; untimed steps count as none',
    fixture: 'recovery-exceeds-rto/passes',
    today: '2026-06-01',
  },
];

describe('recovery-exceeds-rto', () => {
  for (const testCase of cases) it(testCase.name, () => testRule(rule, testCase));
});
