import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { comparePlan, type PlanComparison } from '../../src/diff/compare.js';
import { formatText } from '../../src/diff/format/text.js';
import type { TestRepo } from '../git/test-repo.js';
import { byId, editPlan, examplePlanRepo } from './plan-repo.js';

const repos: TestRepo[] = [];
afterEach(async () => {
  for (const repo of repos.splice(0)) await repo.remove();
});

async function newRepo(): Promise<TestRepo> {
  const repo = await examplePlanRepo();
  repos.push(repo);
  return repo;
}

type Compared = Extract<PlanComparison, { ok: true }>;

async function compare(repo: TestRepo, base?: string): Promise<Compared> {
  const comparison = await comparePlan(repo.planDir, base);
  if (!comparison.ok) throw new Error(comparison.problem);
  return comparison;
}

/** Each change as `<item id>: <summary>`, the way a reviewer scans them. */
const lines = (comparison: Compared): string[] =>
  comparison.diff.changes.map((c) => `${c.item.id ?? c.item.section}: ${c.summary}`);

describe('bcp diff compares plans by meaning, over real git history', () => {
  it('reports scenario targets, trigger, lead and steps with the right words and risks', async () => {
    const repo = await newRepo();
    await editPlan(repo, 'scenarios-systems.yaml', ({ scenarios }) => {
      const crm = byId(scenarios, 'crm-outage');
      Object.assign(crm, { rto: '2d', mtd: '3d', rpo: '1d', lead: 'tom-fletcher' });
      (crm.trigger as Record<string, unknown>).after = '1h';
      const workaround = crm.workaround as unknown[];
      workaround.splice(1, 1);
      (crm.recovery as unknown[]).push('Ask Brightpearl for a written incident report');
      const back = crm.back_to_normal as unknown[];
      back.push(back.shift());
    });
    const comparison = await compare(repo);
    const found = lines(comparison);
    expect(found).toContain('crm-outage: RTO raised from `1d` to `2d`');
    expect(found).toContain('crm-outage: RPO lowered from `1w` to `1d`');
    expect(found).toContain('crm-outage: trigger time raised from `30m` to `1h`');
    expect(found.some((l) => /^crm-outage: lead changed from .+ to Tom Fletcher$/.test(l))).toBe(true);
    expect(found.some((l) => l.startsWith('crm-outage: workaround: step removed: “'))).toBe(true);
    expect(found).toContain(
      'crm-outage: recovery: new step 5: “Ask Brightpearl for a written incident report”'.replace(
        '5',
        String(await stepCount(repo, 'recovery')),
      ),
    );
    expect(found).toContain('crm-outage: back to normal: steps reordered');
    const risks = comparison.diff.changes.filter((c) => c.risk).map((c) => `${c.risk}: ${c.summary}`);
    expect(risks).toContain('target-raised: RTO raised from `1d` to `2d`');
    expect(risks).toContain('target-raised: MTD raised from `2d` to `3d`');
    expect(risks.filter((r) => r.startsWith('step-removed: workaround: step removed'))).toHaveLength(1);
    const text = formatText(comparison);
    expect(text).toContain(
      'The quick reference now shows for “Brightpearl (CRM and sales system) is down”: RTO raised from 1d to 2d',
    );
    expect(text).toContain(
      'People working around “Brightpearl (CRM and sales system) is down” now follow different steps',
    );
  });

  it('reports people, vendors, systems, sites and communication in words for an outage, never a full number', async () => {
    const repo = await newRepo();
    await editPlan(repo, 'people.yaml', ({ people }) => {
      byId(people, 'sophie-tran').mobile = '+61 491 570 999';
      byId(people, 'raj-iyer').deputy = 'eleanor-hartley';
      Object.assign(byId(people, 'mei-lin'), { status: 'left', left_on: '2026-10-20' });
    });
    await editPlan(repo, 'vendors.yaml', ({ vendors }) => {
      (byId(vendors, 'kestrel-it').support as Record<string, unknown>).phone = '+61 2 5550 0777';
      byId(vendors, 'kookaburra-voice').account = 'KV-20991';
    });
    await editPlan(repo, 'systems.yaml', ({ systems }) => {
      Object.assign(byId(systems, 'xero'), { status: 'retired', replaced_by: 'brightpearl' });
      const nas = byId(systems, 'office-nas').backups as Record<string, unknown>[];
      if (nas[0]) nas[0].interval = '1w';
    });
    await editPlan(repo, 'premises.yaml', ({ premises }) => {
      const rerouting = byId(premises, 'main-office').call_rerouting as Record<string, unknown[]>;
      rerouting.steps?.splice(
        2,
        1,
        'Call the main number from a personal mobile and check that the ring group answers.',
      );
    });
    await editPlan(repo, 'communication.yaml', ({ communication }) => {
      communication.update_every = '4h';
    });
    const comparison = await compare(repo);
    const found = lines(comparison);
    expect(found).toContain('sophie-tran: mobile number changed (now ending in 0999)');
    expect(found.some((l) => /^raj-iyer: deputy changed from .+ to Eleanor Hartley$/.test(l))).toBe(true);
    expect(found).toContain('mei-lin: has left (status `left`)');
    expect(found).toContain('kestrel-it: support number changed (now ending in 0777)');
    expect(found).toContain('kookaburra-voice: account number changed (now ending in 0991)');
    expect(found).toContain('xero: retired');
    expect(found).toContain('xero: replaced by is now Brightpearl');
    expect(found).toContain('office-nas: backups: backup `nas-nightly-copy` interval raised from `1d` to `1w`');
    expect(found).toContain('mei-lin: left on added: `2026-10-20`');
    expect(found).toContain(
      'main-office: call rerouting steps: step 3 reworded: “Call the main number from a personal mobile and check that the ring group answers.”',
    );
    expect(found).toContain('communication: update interval raised from `2h` to `4h`');
    const text = formatText(comparison);
    expect(text).toContain('The quick reference and vendor pages now give a new support number for Kestrel IT');
    expect(text).toContain(
      'Whoever diverts the phones for Banksmeadow office and warehouse now follows different steps',
    );
    expect(text).toContain('Mei Lin is no longer someone to call');
    for (const number of ['491 570 999', '5550 0777', 'KV-20991']) expect(text).not.toContain(number);
    const risks = new Set(comparison.diff.changes.map((c) => c.risk).filter(Boolean));
    expect(risks).toEqual(new Set(['number-changed', 'person-removed', 'rerouting-changed']));
  });

  it('reports scenarios and people added and removed', async () => {
    const repo = await newRepo();
    await editPlan(repo, 'scenarios-operations.yaml', ({ scenarios }) => {
      const index = scenarios.findIndex((s) => s.id === 'logistics-misdelivery');
      const [moved] = scenarios.splice(index, 1);
      scenarios.push({ ...moved, id: 'warehouse-flood', title: 'The warehouse floods' });
    });
    const found = lines(await compare(repo));
    expect(found).toEqual(['warehouse-flood: added', 'logistics-misdelivery: removed']);
  });

  it('gives an empty diff for reordered keys, re-quoted strings and re-wrapped text', async () => {
    const repo = await newRepo();
    for (const file of (await readdir(repo.planDir)).filter((name) => name.endsWith('.yaml'))) {
      const full = path.join(repo.planDir, file);
      const doc = parseDocument(await readFile(full, 'utf8'));
      const reversed = reverseKeys(doc.toJS());
      // Every string double-quoted, long lines folded at 60 columns: a different file, the same plan.
      await writeFile(full, stringify(reversed, { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 60 }));
    }
    expect(await repo.git('status', '--porcelain')).not.toBe('');
    expect((await compare(repo)).diff.changes).toEqual([]);
  });

  it('reports an id renamed everywhere, with the same content, as a rename and nothing else', async () => {
    const repo = await newRepo();
    for (const file of await readdir(repo.planDir, { recursive: true })) {
      if (!/\.(ya?ml|md)$/.test(file)) continue;
      const full = path.join(repo.planDir, file);
      const text = await readFile(full, 'utf8');
      await writeFile(
        full,
        text.replace(/\bkestrel-it\b/g, 'kestrel-managed-it').replace(/\bmei-lin\b/g, 'mei-lin-accounts'),
      );
    }
    const comparison = await compare(repo);
    expect(lines(comparison).sort()).toEqual([
      'kestrel-managed-it: id renamed from `kestrel-it` to `kestrel-managed-it`',
      'mei-lin-accounts: id renamed from `mei-lin` to `mei-lin-accounts`',
    ]);
  });

  it('compares a branch with where it left its base, not with what the base has gained since', async () => {
    const repo = await newRepo();
    await repo.git('checkout', '--quiet', '-b', 'new-number');
    await editPlan(repo, 'vendors.yaml', ({ vendors }) => {
      (byId(vendors, 'kestrel-it').support as Record<string, unknown>).phone = '+61 2 5550 0777';
    });
    await repo.commit('Kestrel has a new number', '2026-10-05');
    await repo.git('checkout', '--quiet', 'main');
    await editPlan(repo, 'communication.yaml', ({ communication }) => {
      communication.update_every = '4h';
    });
    await repo.commit('Updates every 4 hours', '2026-10-06');
    await repo.git('checkout', '--quiet', 'new-number');
    expect(lines(await compare(repo, 'main'))).toEqual(['kestrel-it: support number changed (now ending in 0777)']);
  });

  it('says why it cannot compare: no such base, a shallow clone', async () => {
    const repo = await newRepo();
    expect(await comparePlan(repo.planDir, 'origin/nope')).toMatchObject({
      ok: false,
      problem: expect.stringContaining('`origin/nope` was not found'),
    });
    const clone = await repo.shallowClone();
    repos.push(clone);
    expect(await comparePlan(clone.planDir)).toMatchObject({
      ok: false,
      problem: expect.stringContaining('fetch-depth: 0'),
    });
  });
});

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([key, v]) => [key, reverseKeys(v)]),
    );
  }
  return value;
}

async function stepCount(repo: TestRepo, list: string): Promise<number> {
  const doc = parseDocument(await readFile(path.join(repo.planDir, 'scenarios-systems.yaml'), 'utf8'));
  const scenarios = doc.toJS().scenarios as Record<string, unknown[]>[];
  return scenarios.find((s) => (s as unknown as { id: string }).id === 'crm-outage')?.[list]?.length ?? 0;
}
