import { afterEach, describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/pipeline/check.js';
import type { TestRepo } from '../git/test-repo.js';
import { byId, editPlan, examplePlanRepo } from './plan-repo.js';

const repos: TestRepo[] = [];
afterEach(async () => {
  for (const repo of repos.splice(0)) await repo.remove();
});

const RULES = new Set([
  'recovery-target-raised',
  'step-removed',
  'call-details-changed',
  'removed-person-named',
  'base',
]);

describe('bcp check --base reports the risky changes of a pull request', () => {
  it('finds each kind on the example plan, at the changed value', async () => {
    const repo = await examplePlanRepo();
    repos.push(repo);
    await repo.git('checkout', '--quiet', '-b', 'change');
    await editPlan(repo, 'vendors.yaml', ({ vendors }) => {
      (byId(vendors, 'kestrel-it').support as Record<string, unknown>).phone = '+61 2 5550 0777';
    });
    await editPlan(repo, 'scenarios-systems.yaml', ({ scenarios }) => {
      byId(scenarios, 'email-outage').rto = '2d';
    });
    await repo.commit('Kestrel has a new number; e-mail may take longer', '2026-10-05');
    const { diagnostics } = await checkPlan(repo.planDir, { today: '2026-11-10', base: 'main' });
    const found = diagnostics.filter((d) => RULES.has(d.ruleId)).map((d) => `${d.ruleId} ${d.path ?? ''}`);
    expect(found.sort()).toEqual([
      expect.stringMatching(/^call-details-changed vendors\[\d+\]\.support\.phone$/),
      expect.stringMatching(/^recovery-target-raised scenarios\[\d+\]\.rto$/),
    ]);
    expect(
      (await checkPlan(repo.planDir, { today: '2026-11-10' })).diagnostics.filter((d) => RULES.has(d.ruleId)),
    ).toEqual([]);
  });

  it('warns when the base cannot be read, instead of passing in silence', async () => {
    const repo = await examplePlanRepo();
    repos.push(repo);
    const { diagnostics } = await checkPlan(repo.planDir, { today: '2026-11-10', base: 'origin/gone' });
    const base = diagnostics.filter((d) => d.ruleId === 'base');
    expect(base).toHaveLength(1);
    expect(base[0]).toMatchObject({ severity: 'warning', path: 'plan' });
    expect(base[0]?.message).toContain('`origin/gone` was not found');
  });
});
