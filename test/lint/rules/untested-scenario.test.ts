import { describe, expect, it } from 'vitest';
import rule from '../../../src/lint/rules/untested-scenario.js';
import { testRule, type RuleCase } from '../rule-tester.js';

const cases: RuleCase[] = [
  {
    name: 'never rehearsed, a required type missing, a functional test one day past, only a planned exercise',
    fixture: 'untested-scenario/fails',
    today: '2026-06-01',
    messages: [
      'scenario `never-rehearsed` has never been rehearsed (it needs a tabletop exercise)',
      'scenario `no-functional-test` has never been rehearsed in a functional test (only in a tabletop exercise on 2026-05-01)',
      'scenario `stale-functional` was last rehearsed in a functional test on 2025-12-02, more than 180 days ago (due 2026-05-31)',
      'scenario `only-planned` has never been rehearsed (it needs a tabletop exercise and a full-scale test)',
    ],
  },
  {
    name: "the plan's own cadence replaces the default",
    fixture: 'untested-scenario/custom-cadence',
    today: '2026-06-01',
    messages: ['in a tabletop exercise on 2026-05-03, more than 28 days ago (due 2026-05-31)'],
  },
  {
    name: 'cadences in days and hours said as people say them; what was done listed newest first',
    fixture: 'untested-scenario/short-cadence',
    today: '2026-06-01',
    messages: [
      'scenario `kitchen-fire` was last rehearsed in a tabletop exercise on 2026-05-20, more than 1.5d ago (due 2026-05-21)',
      'scenario `kitchen-fire` was last rehearsed in a functional test on 2026-05-25, more than 1 day ago (due 2026-05-26)',
      'scenario `kitchen-fire` has never been rehearsed in a full-scale test (only in a functional test on 2026-05-25 and a tabletop exercise on 2026-05-20)',
    ],
  },
  {
    name: 'rehearsed exactly at the cadence of each type; the newest exercise counts',
    fixture: 'untested-scenario/passes',
    today: '2026-06-01',
  },
];

describe('untested-scenario', () => {
  for (const testCase of cases) it(testCase.name, () => testRule(rule, testCase));

  it('reports a stale rehearsal as a warning and a missing one as an error', async () => {
    const found = await testRule(rule, cases[0] as RuleCase);
    expect(found.map((d) => d.severity)).toEqual(['error', 'error', 'warning', 'error']);
  });
});
