import { describe, it } from 'vitest';
import rule from '../../../src/lint/rules/exercise-action-overdue.js';
import { testRule, type RuleCase } from '../rule-tester.js';

const cases: RuleCase[] = [
  {
    name: 'open actions past their due date; due today, done or not yet due are fine',
    fixture: 'exercise-action-overdue/fails',
    today: '2026-06-01',
    messages: [
      '"Put a printed price list in the binder" from exercise `crm-tabletop` was due on 2026-05-01 and is 31 days overdue (owner: Dan Deputy)',
      '"Write down, step by step, how to take an order by phone on…" from exercise `crm-tabletop` was due on 2026-05-31 and is 1 day overdue (owner: Olivia Owner)',
      '"Check the paper order forms are in the binder and in the van" from exercise `crm-tabletop` was due on 2026-05-15 and is 17 days overdue (owner: Dan Deputy)',
    ],
  },
  { name: 'every past action is done', fixture: 'exercise-action-overdue/passes', today: '2026-06-01' },
];

describe('exercise-action-overdue', () => {
  for (const testCase of cases) it(testCase.name, () => testRule(rule, testCase));
});
