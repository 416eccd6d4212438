import { describe, it } from 'vitest';
import rule from '../../../src/lint/rules/departed-person.js';
import { testRule, type RuleCase } from '../rule-tester.js';

const cases: RuleCase[] = [
  {
    name: 'a person who left is still a deputy and the communication lead',
    fixture: 'departed-person/fails',
    today: '2026-06-01',
    messages: [
      'Lee Left (`lee-left`) left on 2026-03-31 but is still named as `deputy` of person `sam-sales`',
      '`communication.lead`',
    ],
  },
  { name: 'a person who left is kept for the record only', fixture: 'departed-person/passes', today: '2026-06-01' },
];

describe('departed-person', () => {
  for (const testCase of cases) it(testCase.name, () => testRule(rule, testCase));
});
