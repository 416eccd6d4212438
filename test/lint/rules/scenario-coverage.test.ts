import { describe, it } from 'vitest';
import rule from '../../../src/lint/rules/scenario-coverage.js';
import { testRule, type RuleCase } from '../rule-tester.js';

const cases: RuleCase[] = [
  {
    name: 'a plan with no scenarios misses every common disruption its inventory, premises and vendors make relevant',
    fixture: 'scenario-coverage/no-scenarios',
    today: '2026-06-01',
    messages: [
      'no scenario for a CRM vendor outage (impact: lead management stops), and the inventory lists Brightpearl (crm)',
      'no scenario for an accounting system failure (impact: financial tracking stops)',
      'no scenario for an email or communication platform failure (impact: marketing stops)',
      'no scenario for an internet outage at the office',
      'no scenario for a key person being unavailable',
      'no scenario for the loss of the premises',
      'no scenario for a cyber incident',
      'no scenario for a key vendor failing',
    ],
  },
  {
    name: "coverage read from kinds and from the categories of an outage's systems",
    fixture: 'scenario-coverage/some-missing',
    today: '2026-06-01',
    messages: ['an accounting system failure', 'the loss of the premises', 'a cyber incident'],
  },
  {
    name: 'a plan with only people needs only a key-person scenario',
    fixture: 'scenario-coverage/only-people',
    today: '2026-06-01',
    messages: [
      'no scenario for a key person being unavailable (impact: institutional knowledge is inaccessible), and the plan names 2 people',
    ],
  },
  {
    name: 'the internet is relevant through one system, by its hybrid',
    fixture: 'scenario-coverage/internet-hybrid',
    today: '2026-06-01',
    messages: [
      'an internet outage at the office (impact: all cloud systems are inaccessible), and File server is reached over the internet',
      'a key person being unavailable',
      'a cyber incident (impact: a breach or corruption can make all business data inaccessible at once), and the inventory lists 1 system',
    ],
  },
  {
    name: 'the internet is relevant through one system, by its url',
    fixture: 'scenario-coverage/internet-url',
    today: '2026-06-01',
    messages: [
      'an internet outage at the office (impact: all cloud systems are inaccessible), and Booking page is reached over the internet',
      'a key person being unavailable',
      'a cyber incident (impact: a breach or corruption can make all business data inaccessible at once), and the inventory lists 1 system',
    ],
  },
  {
    name: 'the internet is relevant through one system, by its link',
    fixture: 'scenario-coverage/internet-link',
    today: '2026-06-01',
    messages: [
      'an internet outage at the office (impact: all cloud systems are inaccessible), and Office internet is reached over the internet',
      'a key person being unavailable',
      'a cyber incident (impact: a breach or corruption can make all business data inaccessible at once), and the inventory lists 1 system',
    ],
  },
  {
    name: 'a sole trader: one person still here, and a scenario that names no systems',
    fixture: 'scenario-coverage/one-person',
    today: '2026-06-01',
    messages: [
      'the plan has no scenario for a key person being unavailable (impact: institutional knowledge is inaccessible), and the plan names one person the business depends on',
    ],
    hints: [
      'Add a scenario for a key person being unavailable: its impact, MTD, RTO, RPO, workaround, recovery and who leads.',
    ],
  },
  {
    name: 'a clinic with no CRM or accounting system (a retired CRM) covers what is relevant to it',
    fixture: 'scenario-coverage/clinic-covered',
    today: '2026-06-01',
  },
  {
    name: 'a café with a point-of-sale only is asked about the internet, its shop, a breach and its roaster',
    fixture: 'scenario-coverage/cafe-missing',
    today: '2026-06-01',
    messages: [
      'an internet outage at the office (impact: all cloud systems are inaccessible), and Square POS is reached over the internet',
      'the loss of the premises (impact: the team, the phones and data on local PCs need somewhere else to go), and the plan lists the premises The shop on Bay Street',
      'a cyber incident (impact: a breach or corruption can make all business data inaccessible at once), and the inventory lists 1 system',
      'a key vendor failing (impact: deliveries or services the business depends on stop), and the plan depends on vendors such as Saltwater Roasters',
    ],
  },
  { name: 'every common disruption has a scenario', fixture: 'scenario-coverage/all-covered', today: '2026-06-01' },
];

describe('scenario-coverage', () => {
  for (const testCase of cases) it(testCase.name, () => testRule(rule, testCase));
});
