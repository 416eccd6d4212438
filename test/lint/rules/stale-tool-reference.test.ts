import { describe, expect, it } from 'vitest';
import rule from '../../../src/lint/rules/stale-tool-reference.js';
import { testRule, type RuleCase } from '../rule-tester.js';

const cases: RuleCase[] = [
  {
    name: 'a retired system by its alias, tools missing from the inventory in text, inline code, links and Markdown',
    fixture: 'stale-tool-reference/fails',
    today: '2026-06-01',
    messages: [
      '`procedures/crm-outage.md` names Zoho CRM, which is not in the systems inventory',
      '`procedures/crm-outage.md` names Zoho CRM, which is not in the systems inventory',
      'step 2 of `workaround` of scenario `crm-outage` names Insight CRM (as \u201cInsight\u201d), which was retired and replaced by Brightpearl',
      '`note` of step 4 of `workaround` of scenario `crm-outage` names Slack, which is not in the systems inventory',
      'step 5 of `workaround` of scenario `crm-outage` names HubSpot, which is not in the systems inventory',
      'step 2 of `recovery` of scenario `crm-outage` names Dropbox (www.dropbox.com), which is not in the systems inventory',
      '`text` of template `customers-down` names Pipedrive (acme.pipedrive.com), which was retired',
    ],
  },
  {
    name: 'a practice: everyday words, a person called Sage, a vendor-named system, a retired everyday-word name',
    fixture: 'stale-tool-reference/everyday-words',
    today: '2026-06-01',
    messages: [
      'step 6 of `workaround` of scenario `cliniko-down` names Insight, which was retired and replaced by Cliniko',
      'step 7 of `workaround` of scenario `cliniko-down` names Slack, which is not in the systems inventory',
    ],
  },
  {
    name: 'a café: the till named by its vendor, "square" as a verb, a bank whose name holds a tool, a retired till',
    fixture: 'stale-tool-reference/cafe',
    today: '2026-06-01',
    messages: [
      'names Kounta (as \u201cthe Kounta iPad\u201d), which was retired and replaced by Square POS',
      'names WhatsApp, which is not in the systems inventory',
    ],
  },
  {
    name: 'options add tools (by name and domain) and remove one; a system named after its vendor is known',
    fixture: 'stale-tool-reference/options',
    today: '2026-06-01',
    options: {
      tools: {
        add: [{ name: 'Acme' }, { name: 'Halaxy', domains: ['halaxy.com'] }],
        remove: ['Slack'],
      },
    },
    messages: ['names Halaxy,', 'names Halaxy (app.halaxy.com),', 'names HubSpot,'],
  },
  {
    name: 'the built-in list turned off leaves the added tools and the plan\u2019s own names',
    fixture: 'stale-tool-reference/no-builtin',
    today: '2026-06-01',
    options: { tools: { builtin: false, add: [{ name: 'Halaxy' }] } },
    messages: ['names Halaxy,'],
  },
  {
    name: 'names removed from the plan in earlier commits: a system deleted from the inventory and a vendor',
    fixture: 'stale-tool-reference/history',
    today: '2026-06-01',
    history: {
      kind: 'names',
      partial: false,
      names: [
        {
          name: 'Xentral',
          kind: 'system',
          commit: { sha: '3333333cccccccccccccccccccccccccccccccc', date: '2026-04-02' },
        },
        {
          name: 'Fast Freight',
          kind: 'vendor',
          commit: { sha: '4444444dddddddddddddddddddddddddddddddd', date: '2026-04-03' },
        },
      ],
    },
    messages: [
      'names Xentral, which was removed from the systems inventory (commit 3333333 on 2026-04-02)',
      'names Fast Freight, which was removed from the vendors (commit 4444444 on 2026-04-03)',
    ],
    hints: [
      'Rewrite this for what the business uses now; if it still uses Xentral, put it back in the plan.',
      'if it still uses Fast Freight, put it back in the plan.',
    ],
  },
  {
    name: 'a shallow clone: said once, at the systems, that removed names were not looked for',
    fixture: 'stale-tool-reference/shallow',
    today: '2026-06-01',
    history: { kind: 'unavailable', reason: 'shallow' },
    messages: [
      'Names removed from the systems inventory in earlier commits were not looked for: the git history is shallow',
    ],
    hints: ['`git fetch --filter=blob:none --unshallow`'],
  },
  {
    name: 'a shallow clone of a plan with no systems yet: the note points at the plan',
    fixture: 'stale-tool-reference/shallow-no-systems',
    today: '2026-06-01',
    history: { kind: 'unavailable', reason: 'shallow' },
  },
  {
    name: 'a plan outside git says nothing about history',
    fixture: 'stale-tool-reference/passes',
    today: '2026-06-01',
    history: { kind: 'unavailable', reason: 'not-a-repository' },
  },
  {
    name: 'active systems, a system known by its web address, everyday words and history',
    fixture: 'stale-tool-reference/passes',
    today: '2026-06-01',
  },
];

describe('stale-tool-reference', () => {
  for (const testCase of cases) it(testCase.name, () => testRule(rule, testCase));

  it('reports tools of the built-in list as information, the plan\u2019s own names at the rule\u2019s severity', async () => {
    const found = await testRule(rule, cases[1] as RuleCase);
    expect(found.map((d) => d.severity)).toEqual(['warning', 'info']);
  });

  it('points at the name inside the Markdown file, line and column', async () => {
    const found = await testRule(rule, cases[0] as RuleCase);
    const inMarkdown = found
      .filter((d) => d.file.endsWith('crm-outage.md'))
      .map(({ line, column }) => ({ line, column }));
    expect(inMarkdown).toEqual([
      { line: 4, column: 31 },
      { line: 7, column: 4 },
    ]);
  });
});
