import { describe, it } from 'vitest';
import rule from '../../../src/lint/rules/unknown-fact.js';
import { testRule, type RuleCase } from '../rule-tester.js';

const cases: RuleCase[] = [
  {
    name: 'each tbc is reported once, with who finds out; rpo: none is not',
    fixture: 'unknown-fact/fails',
    today: '2026-06-01',
    messages: [
      '`criticality` of system `phones` is to be confirmed',
      '`interval` of backup `vendor-backup` is to be confirmed',
      'is to be confirmed (Olivia asks the vendor)',
      'is to be confirmed (Olivia decides how long to wait)',
      '`rto` of scenario `phones-down` is to be confirmed (Dan asks the vendor)',
      '`recovery` of scenario `phones-down` is to be confirmed',
    ],
  },
  { name: 'stated facts, none and 0m are decisions', fixture: 'unknown-fact/passes', today: '2026-06-01' },
];

describe('unknown-fact', () => {
  for (const testCase of cases) it(testCase.name, () => testRule(rule, testCase));
});
