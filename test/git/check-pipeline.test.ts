import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/pipeline/check.js';
import { TestRepo } from './test-repo.js';

const RULE = 'tech-change-not-reflected';
const repos: TestRepo[] = [];

afterEach(async () => {
  for (const repo of repos.splice(0)) await repo.remove();
});

/** `bcp check` on a real repository: load, validate, git history, lint. Other rules' findings are not this test's. */
async function check(repo: TestRepo, base?: string): Promise<{ file: string; line: number; message: string }[]> {
  const { diagnostics } = await checkPlan(repo.planDir, { today: '2026-06-01', ...(base ? { base } : {}) });
  return diagnostics
    .filter((d) => d.ruleId === RULE)
    .map((d) => ({ file: path.relative(repo.dir, d.file), line: d.line, message: d.message }));
}

async function techPathsLine(repo: TestRepo): Promise<number> {
  const lines = (await readFile(path.join(repo.planDir, 'plan.yaml'), 'utf8')).split('\n');
  return lines.findIndex((line) => line.includes('tech_paths:')) + 1;
}

describe('bcp check wires git history into the tech-change-not-reflected rule', () => {
  it('reports a pull request that changes infra but not the plan, at plan.tech_paths', async () => {
    const repo = await TestRepo.create();
    repos.push(repo);
    await repo.write('infra/crm.tf', 'crm = "brightpearl"\n');
    await repo.commit('Plan and infrastructure', '2026-03-01');
    await repo.git('checkout', '--quiet', '-b', 'move-to-hubspot');
    await repo.write('infra/crm.tf', 'crm = "hubspot"\n');
    await repo.commit('Move to HubSpot', '2026-04-15');
    expect(await check(repo, 'main')).toEqual([
      {
        file: 'plan/plan.yaml',
        line: await techPathsLine(repo),
        message: 'This pull request changes the tech stack (infra/crm.tf) but not the plan',
      },
    ]);
    await repo.touchPlan('HubSpot now');
    await repo.commit('Plan: HubSpot', '2026-04-16');
    expect(await check(repo, 'main')).toEqual([]);
  });

  it('deepens a shallow clone and finds the tech change it would otherwise miss', async () => {
    const origin = await TestRepo.create();
    repos.push(origin);
    await origin.write('infra/crm.tf', 'crm = "brightpearl"\n');
    await origin.commit('Plan and infrastructure', '2026-03-01');
    await origin.write('infra/crm.tf', 'crm = "hubspot"\n');
    await origin.commit('Move to HubSpot', '2026-04-15');
    const clone = await origin.shallowClone();
    repos.push(clone);
    const found = await check(clone);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('The tech stack changed after the plan was last updated');
  });
});
