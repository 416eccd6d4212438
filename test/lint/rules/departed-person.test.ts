import { describe, it } from 'vitest';
import rule from '../../../src/lint/rules/departed-person.js';
import { testRule, type RuleCase } from '../rule-tester.js';

const cases: RuleCase[] = [
  {
    name: 'people who left are still deputies and the communication lead; the hint says who stands in meanwhile',
    fixture: 'departed-person/fails',
    today: '2026-06-01',
    messages: [
      'Lee Left (`lee-left`) left on 2026-03-31 but is still named as `deputy` of person `sam-sales`',
      'Max Moved (`max-moved`) left but is still named as `deputy` of person `kit-keeper`',
      'Lee Left (`lee-left`) left on 2026-03-31 but is still named as `communication.lead`',
    ],
    hints: [
      'Name who does this now, and hand over what Lee Left knew. Until then the binder and site show nobody in their place: they have no deputy or cover who is still here.',
      'Name who does this now, and hand over what Max Moved knew. Until then the binder and site show Sam Sales in their place (their deputy or cover).',
      'Name who does this now, and hand over what Lee Left knew. Until then the binder and site show nobody',
    ],
  },
  { name: 'a person who left is kept for the record only', fixture: 'departed-person/passes', today: '2026-06-01' },
];

describe('departed-person', () => {
  for (const testCase of cases) it(testCase.name, () => testRule(rule, testCase));
});
