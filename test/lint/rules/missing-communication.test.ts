import { describe, it } from 'vitest';
import rule from '../../../src/lint/rules/missing-communication.js';
import { testRule, type RuleCase } from '../rule-tester.js';

const cases: RuleCase[] = [
  {
    name: 'no message for customers anywhere',
    fixture: 'missing-communication/fails',
    today: '2026-06-01',
    messages: ['scenario `crm-outage` has no message for customers'],
  },
  {
    name: "a scenario's own templates replace the plan-wide ones",
    fixture: 'missing-communication/scenario-templates',
    today: '2026-06-01',
    messages: ['scenario `crm-outage` has no message for customers'],
  },
  {
    name: 'no plan-wide communication: each part a scenario leaves out is named, and the finding is at its own section',
    fixture: 'missing-communication/nothing-shared',
    today: '2026-06-01',
    messages: [
      'scenario `crm-outage` has no communication lead, update cadence (`update_every`) or message for customers',
      'scenario `phones-down` has no update cadence (`update_every`) or message for customers',
      'scenario `courier-fails` has no message for customers',
    ],
  },
  { name: 'no scenarios yet', fixture: 'missing-communication/no-scenarios', today: '2026-06-01' },
  {
    name: 'plan-wide lead and cadence, customer script; a scenario overriding them',
    fixture: 'missing-communication/passes',
    today: '2026-06-01',
  },
];

describe('missing-communication', () => {
  for (const testCase of cases) it(testCase.name, () => testRule(rule, testCase));
});
