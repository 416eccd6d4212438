import { describe, it } from 'vitest';
import rule from '../../../src/lint/rules/step-removed.js';
import { testPullRequestRule } from '../changes/pull-request.js';

describe('step-removed', () => {
  it('reports the pull request that fails', () =>
    testPullRequestRule(rule, 'fails', 'step-removed/fails', [
      'This pull request removes a step with no replacement, scenario “The till is down” (`till-down`): workaround: step removed: “Hand-write receipts from the receipt pad”',
    ]));
  it('passes the pull request that passes', () => testPullRequestRule(rule, 'passes', 'step-removed/passes'));
});
