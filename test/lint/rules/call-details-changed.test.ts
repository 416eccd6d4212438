import { describe, expect, it } from 'vitest';
import rule from '../../../src/lint/rules/call-details-changed.js';
import { testPullRequestRule } from '../changes/pull-request.js';

describe('call-details-changed', () => {
  it('reports the pull request that fails', () =>
    testPullRequestRule(
      rule,
      'fails',
      'call-details-changed/fails',
      [
        'This pull request changes a phone number, vendor “Acme IT” (`acme-it`): support number changed',
        'This pull request changes call rerouting, site “The shop” (`shop`): divert-to number changed',
        'call rerouting steps: step 2 reworded: “Switch on the divert to the owner',
      ],
      [
        'Call the new number once before merging, and reprint the pages that hold it.',
        'Test the diversion once (outside business hours) before merging, and reprint the pages that hold it.',
        'Test the diversion once (outside business hours) before merging, and reprint the pages that hold it.',
      ],
    ));
  it('passes the pull request that passes', () => testPullRequestRule(rule, 'passes', 'call-details-changed/passes'));
});

describe('call-details-changed findings', () => {
  it('name the value that changed, never the number, not even its last digits', async () => {
    const found = await testPullRequestRule(rule, 'fails', 'call-details-changed/fails');
    for (const finding of found) expect(`${finding.message} ${finding.hint ?? ''}`).not.toMatch(/0155|0162|5550/);
  });
});
