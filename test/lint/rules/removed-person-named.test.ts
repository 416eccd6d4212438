import { describe, it } from 'vitest';
import rule from '../../../src/lint/rules/removed-person-named.js';
import { testPullRequestRule } from '../changes/pull-request.js';

describe('removed-person-named', () => {
  it('reports the pull request that fails', () =>
    testPullRequestRule(rule, 'fails', 'removed-person-named/fails', [
      'Mia Manager left in this pull request but is still named here',
    ]));
  it('reports a person removed from the plan, in steps and procedures but not in exercises', () =>
    testPullRequestRule(rule, 'removed', 'removed-person-named/removed', [
      'Mia Manager was removed from the plan in this pull request but is still named here',
      'Mia Manager was removed from the plan in this pull request but is still named here',
      'Mia Manager was removed from the plan in this pull request but is still named here',
    ]));
  it('passes the pull request that passes', () => testPullRequestRule(rule, 'passes', 'removed-person-named/passes'));
});
