import { describe, it } from 'vitest';
import rule from '../../../src/lint/rules/scenario-coverage.js';
import { testRule, type RuleCase } from '../rule-tester.js';

const cases: RuleCase[] = [
  {
    name: 'a plan with no scenarios misses every common disruption',
    fixture: 'scenario-coverage/no-scenarios',
    today: '2026-06-01',
    messages: [
      'no scenario for a CRM vendor outage (impact: lead management stops)',
      'no scenario for an accounting system failure (impact: financial tracking stops)',
      'no scenario for an email or communication platform failure (impact: marketing stops)',
      'no scenario for an internet outage at the office',
      'no scenario for a key person being unavailable',
      'no scenario for the loss of the premises',
      'no scenario for a cyber incident',
      'no scenario for a key vendor failing',
    ],
  },
  {
    name: "coverage read from kinds and from the categories of an outage's systems",
    fixture: 'scenario-coverage/some-missing',
    today: '2026-06-01',
    messages: ['an accounting system failure', 'the loss of the premises', 'a cyber incident'],
  },
  { name: 'every common disruption has a scenario', fixture: 'scenario-coverage/all-covered', today: '2026-06-01' },
];

describe('scenario-coverage', () => {
  for (const testCase of cases) it(testCase.name, () => testRule(rule, testCase));
});
