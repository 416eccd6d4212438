import { describe, it } from 'vitest';
import rule from '../../../src/lint/rules/overdue-review.js';
import { testRule, type RuleCase } from '../rule-tester.js';

const cases: RuleCase[] = [
  {
    name: 'the plan was reviewed long ago',
    fixture: 'overdue-review/plan-overdue',
    today: '2026-06-01',
    messages: ['The plan was last reviewed on 2026-01-01 and is to be reviewed every 13w: 60 days overdue'],
  },
  {
    name: 'exactly at the review interval is on time',
    fixture: 'overdue-review/exactly-at-interval',
    today: '2026-06-01',
  },
  {
    name: 'one day past the review interval is overdue',
    fixture: 'overdue-review/one-day-past',
    today: '2026-06-01',
    messages: ['1 day overdue'],
  },
  {
    name: 'the critical contacts list, the price list and a never-reviewed supplier list are overdue',
    fixture: 'overdue-review/lists-overdue',
    today: '2026-06-01',
    messages: [
      'The critical contacts list was last reviewed on 2026-05-20 and is to be reviewed every 1w: 5 days overdue',
      'Price list (`price-list`) was last reviewed on 2026-05-01 and is to be reviewed every 30d: 1 day overdue',
      'Supplier contact list (`supplier-contacts`) is to be reviewed every 4w but has never been reviewed',
    ],
  },
  { name: 'lists reviewed within their intervals', fixture: 'overdue-review/passes', today: '2026-06-01' },
];

describe('overdue-review', () => {
  for (const testCase of cases) it(testCase.name, () => testRule(rule, testCase));
});
