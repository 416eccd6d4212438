import { afterEach, describe, expect, it } from 'vitest';
import { recordOfChanges } from '../../src/diff/record-of-changes.js';
import { openRepository } from '../../src/git/repository.js';
import type { TestRepo } from '../git/test-repo.js';
import { byId, editPlan, examplePlanRepo } from './plan-repo.js';

const repos: TestRepo[] = [];
afterEach(async () => {
  for (const repo of repos.splice(0)) await repo.remove();
});

const setVersion = (repo: TestRepo, version: string): Promise<void> =>
  editPlan(repo, 'plan.yaml', (data) => {
    (data as unknown as { plan: { version: string } }).plan.version = version;
  });

describe('the record of changes', () => {
  it('lists each version with its date and what changed since the version before, from the history', async () => {
    const repo = await examplePlanRepo(); // version 3.2, committed on 2026-10-01
    repos.push(repo);
    await editPlan(repo, 'vendors.yaml', ({ vendors }) => {
      (byId(vendors, 'kestrel-it').support as Record<string, unknown>).phone = '+61 2 5550 0777';
    });
    await setVersion(repo, '3.3');
    await repo.commit('Kestrel IT has a new number', '2026-10-10');
    await editPlan(repo, 'scenarios-systems.yaml', ({ scenarios }) => {
      byId(scenarios, 'crm-outage').rto = '2d';
    });
    await repo.commit('CRM: RTO 2 days, agreed with Eleanor', '2026-10-20');
    await setVersion(repo, '3.4');
    await repo.commit('Version 3.4', '2026-10-21');
    const record = await recordOfChanges(await openRepository(repo.planDir));
    expect(record.map(({ version, date, first }) => ({ version, date, first }))).toEqual([
      { version: '3.4', date: '2026-10-21', first: false },
      { version: '3.3', date: '2026-10-10', first: false },
      { version: '3.2', date: '2026-10-01', first: true },
    ]);
    expect(record[0]?.changes).toEqual([
      'scenario “Brightpearl (CRM and sales system) is down” (crm-outage): RTO raised from 1d to 2d',
    ]);
    expect(record[1]?.changes).toEqual([
      'vendor “Kestrel IT Services” (kestrel-it): support number changed (now ending in 0777)',
    ]);
    expect(record[2]?.changes).toEqual([]);
  });
});
