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
    // Who finds out is asked for where the plan does not say it yet.
    hints: [
      'Find out, or write who will find out: `tbc: <who finds out>`.',
      'Find out, or write who',
      'Ask whoever finds out, then write the fact in place of `tbc`.',
      'Ask whoever finds out',
      'Ask whoever finds out',
      'Find out, or write who',
    ],
  },
  { name: 'stated facts, none and 0m are decisions', fixture: 'unknown-fact/passes', today: '2026-06-01' },
];

describe('unknown-fact', () => {
  for (const testCase of cases) it(testCase.name, () => testRule(rule, testCase));
});
