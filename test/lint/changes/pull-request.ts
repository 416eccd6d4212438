import { cp } from 'node:fs/promises';
import path from 'node:path';
import { comparePlan, type PlanComparison } from '../../../src/diff/compare.js';
import type { Diagnostic } from '../../../src/core/diagnostic.js';
import type { LintRule } from '../../../src/lint/types.js';
import { TestRepo } from '../../git/test-repo.js';
import { testRule } from '../rule-tester.js';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/lint');

/**
 * A pull request made in a real repository: the base plan with `pull-request/before` committed on main, then the
 * case's files committed on a branch. The comparison with main is what `bcp check --base main` hands the rules.
 */
export async function pullRequest(fixture: string): Promise<PlanComparison> {
  const repo = await TestRepo.create();
  try {
    await cp(path.join(fixtures, 'pull-request', 'before'), repo.planDir, { recursive: true });
    await repo.commit('The plan', '2026-05-01');
    await repo.git('checkout', '--quiet', '-b', 'change');
    await cp(path.join(fixtures, fixture), repo.planDir, { recursive: true });
    await repo.commit('A change to the plan', '2026-05-10');
    return await comparePlan(repo.planDir, 'main');
  } finally {
    await repo.remove();
  }
}

/** The rule over the case's plan, with the pull request's changes; findings must sit on the marked lines. */
export async function testPullRequestRule(
  rule: LintRule,
  name: string,
  fixture: string,
  messages?: string[],
  hints?: string[],
): Promise<Diagnostic[]> {
  const changes = await pullRequest(fixture);
  return testRule(rule, {
    name,
    fixture,
    today: '2026-06-01',
    changes,
    ...(messages ? { messages } : {}),
    ...(hints ? { hints } : {}),
  });
}
