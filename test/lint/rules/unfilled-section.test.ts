import { describe, it } from 'vitest';
import rule from '../../../src/lint/rules/unfilled-section.js';
import { testRule, type RuleCase } from '../rule-tester.js';

const cases: RuleCase[] = [
  {
    name: 'no systems and no scenarios written at all',
    fixture: 'unfilled-section/absent',
    today: '2026-06-01',
    messages: ['The plan lists no systems yet', 'The plan has no scenarios yet'],
  },
  {
    name: 'empty lists, as bcp init writes them',
    fixture: 'unfilled-section/empty',
    today: '2026-06-01',
    messages: ['The plan has no scenarios yet', 'The plan lists no systems yet'],
  },
  { name: 'one system and one scenario', fixture: 'unfilled-section/passes', today: '2026-06-01' },
];

describe('unfilled-section', () => {
  for (const testCase of cases) it(testCase.name, () => testRule(rule, testCase));
});
