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
    name: 'plan-wide lead and cadence, customer script; a scenario overriding them',
    fixture: 'missing-communication/passes',
    today: '2026-06-01',
  },
];

describe('missing-communication', () => {
  for (const testCase of cases) it(testCase.name, () => testRule(rule, testCase));
});
