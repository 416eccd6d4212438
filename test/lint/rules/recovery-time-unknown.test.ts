import { describe, it } from 'vitest';
import rule from '../../../src/lint/rules/recovery-time-unknown.js';
import { testRule, type RuleCase } from '../rule-tester.js';

const cases: RuleCase[] = [
  {
    name: 'partly timed and untimed recoveries, of one step and of several',
    fixture: 'recovery-time-unknown/fails',
    today: '2026-06-01',
    messages: [
      'scenario `card-reader-down`: recovery step 1 of 2 says nothing of how long it takes, so its recovery time is only a lower bound',
      'scenario `fridge-broken`: its one recovery step does not say how long it takes, so its recovery time cannot be checked against the RTO',
      'scenario `till-down`: recovery steps 1, 3 of 3 say nothing of how long they take, so its recovery time is only a lower bound',
      'scenario `oven-broken`: none of its 3 recovery steps says how long it takes, so its recovery time cannot be checked against the RTO',
    ],
    hints: [
      'Write the step as `action:` with `takes:` (like `takes: 45m`), timed at an exercise if you can.',
      'Write the step as `action:` with `takes:`',
      'Write the step as `action:` with `takes:`',
      'Write the step as `action:` with `takes:`',
    ],
  },
  { name: 'every recovery step timed', fixture: 'recovery-time-unknown/passes', today: '2026-06-01' },
];

describe('recovery-time-unknown', () => {
  for (const testCase of cases) it(testCase.name, () => testRule(rule, testCase));
});
