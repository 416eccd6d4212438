import { describe, it } from 'vitest';
import rule from '../../../src/lint/rules/single-point-of-failure.js';
import { testRule, type RuleCase } from '../rule-tester.js';

const cases: RuleCase[] = [
  {
    name: 'a critical vendor and system with no backup, know-how and a scenario lead with no deputy',
    fixture: 'single-point-of-failure/fails',
    today: '2026-06-01',
    messages: [
      'Kim Knowhow (`kim-know-how`) holds know-how nobody else is named for (Courier bookings) but has no deputy',
      'Lou Lead (`lou-lead`) leads `courier-fails` but has no deputy',
      'Sol Self (`sol-self`) holds know-how nobody else is named for (Month-end close) but has no deputy',
      'critical vendor Fast Freight (`courier`) has no backup vendor',
      'critical system Brightpearl (`crm`) has neither a backup of its data nor a fallback',
    ],
  },
  {
    name: 'know-how item by item, where a person who left covers nothing',
    fixture: 'single-point-of-failure/know-how',
    today: '2026-06-01',
    messages: [
      'but has no deputy who is still here (Lee Left left)',
      'only Rae Reception knows the admin password of the imaging server (`server-admin-password`), with nobody to cover (Lee Left left)',
      'nobody still here knows exporting the old billing records (`old-billing-export`) (Lee Left left)',
      'only Sam Second knows counting the till float (`till-float`), with nobody to cover',
    ],
  },
  { name: 'people only, nothing to judge yet', fixture: 'single-point-of-failure/people-only', today: '2026-06-01' },
  {
    name: 'deputies, a backup vendor and a fallback system; no deputy needed without know-how',
    fixture: 'single-point-of-failure/passes',
    today: '2026-06-01',
  },
];

describe('single-point-of-failure', () => {
  for (const testCase of cases) it(testCase.name, () => testRule(rule, testCase));
});
