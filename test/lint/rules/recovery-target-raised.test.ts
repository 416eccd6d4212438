import { describe, it } from 'vitest';
import rule from '../../../src/lint/rules/recovery-target-raised.js';
import { testPullRequestRule } from '../changes/pull-request.js';

describe('recovery-target-raised', () => {
  it('reports the pull request that fails', () =>
    testPullRequestRule(rule, 'fails', 'recovery-target-raised/fails', [
      'This pull request raises a recovery target, scenario “The till is down” (`till-down`): RTO raised from `4h` to `8h`',
      'RPO raised from `1d` to `2d`: the business would accept a longer outage or more lost data',
    ]));
  it('passes the pull request that passes', () => testPullRequestRule(rule, 'passes', 'recovery-target-raised/passes'));
});
