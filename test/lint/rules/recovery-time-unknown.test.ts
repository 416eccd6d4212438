import { describe, it } from 'vitest';
import rule from '../../../src/lint/rules/recovery-time-unknown.js';
import { testRule, type RuleCase } from '../rule-tester.js';

const cases: RuleCase[] = [
  {
    name: 'a partly timed and an untimed recovery',
    fixture: 'recovery-time-unknown/fails',
    today: '2026-06-01',
    messages: [
      'scenario `card-reader-down`: recovery step 1 of 2 says nothing of how long it takes, so its recovery time is only a lower bound',
      'scenario `fridge-broken`: its one recovery step does not say how long it takes',
    ],
  },
  { name: 'every recovery step timed', fixture: 'recovery-time-unknown/passes', today: '2026-06-01' },
];

describe('recovery-time-unknown', () => {
  for (const testCase of cases) it(testCase.name, () => testRule(rule, testCase));
});
