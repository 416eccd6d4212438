import { describe, expect, it } from 'vitest';
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

  it('names the section when it is written empty, and the plan when it is missing; as a note', async () => {
    const absent = await testRule(rule, cases[0]!);
    expect(absent.map((d) => [d.path, d.severity])).toEqual([
      ['plan', 'info'],
      ['plan', 'info'],
    ]);
    const empty = await testRule(rule, cases[1]!);
    expect(empty.map((d) => d.path)).toEqual(['scenarios', 'systems']);
  });
});
