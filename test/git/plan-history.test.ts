import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { gatherPlanHistory } from '../../src/git/gather.js';
import type { PlanHistory } from '../../src/git/plan-history.js';
import rule from '../../src/lint/rules/stale-tool-reference.js';
import { runLint } from '../../src/lint/run-lint.js';
import { loadPlan } from '../../src/load/load-plan.js';
import { buildModel } from '../../src/model/plan-model.js';
import { TestRepo } from './test-repo.js';

const cleanups: (() => Promise<void>)[] = [];

const planHistory = async (planDir: string): Promise<PlanHistory> => (await gatherPlanHistory(planDir)).pastNames;

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const system = (id: string, name: string, extra = ''): string =>
  `  - id: ${id}\n    name: ${name}\n    category: crm\n    criticality: high\n${extra}`;

const SCENARIO = `scenarios:
  - id: crm-down
    title: The CRM is down
    kind: system-outage
    impact: Orders stop.
    trigger: { description: Down for 30 minutes }
    mtd: 1d
    rto: 4h
    rpo: 1h
    lead: olivia-owner
    systems: [crm]
    workaround:
      - Look the customer up in Insight CRM
      - Ask Kestrel IT to restore the export
      - Check the phones and the backup internet
    recovery: [Call Brightpearl support]
    back_to_normal: [Enter the paper orders]
`;

/** A plan whose CRM moved from Insight CRM to Brightpearl, and whose IT vendor left, in separate commits. */
async function repoWithHistory(): Promise<{ repo: TestRepo; removal: string }> {
  const repo = await TestRepo.create();
  cleanups.push(() => repo.remove());
  const before = `systems:\n${system('old-crm', 'Insight CRM', '    aliases: [the phones]\n')}${system('crm', 'Brightpearl')}`;
  await repo.write(
    'plan/systems.yaml',
    `${before}vendors:\n  - id: kestrel\n    name: Kestrel IT\n    kind: agency\n    service: IT support\n`,
  );
  await repo.write('plan/scenarios.yaml', SCENARIO);
  await repo.commit('Plan with the old CRM', '2026-02-01');
  // Deleted, not marked retired: the only trace left is in the history.
  await repo.write('plan/systems.yaml', `systems:\n${system('crm', 'Brightpearl')}`);
  const removal = await repo.commit('Drop the old CRM and Kestrel', '2026-03-01');
  await repo.write('infra/readme.txt', 'unrelated\n');
  await repo.commit('Not a plan change', '2026-03-05');
  return { repo, removal };
}

async function lint(planDir: string, history: PlanHistory): Promise<Diagnostic[]> {
  const model = buildModel(await loadPlan(planDir));
  return runLint(model, { today: '2026-06-01', git: undefined, history }, { rules: {} }, [rule]);
}

describe('names the plan had in earlier commits', () => {
  // "the phones", a past alias of plain lower-case words, described the system rather than naming it: not looked for.
  it('finds a system and a vendor deleted from the plan, naming the commit that removed them', async () => {
    const { repo, removal } = await repoWithHistory();
    const history = await planHistory(repo.planDir);
    expect(history).toMatchObject({ kind: 'names', partial: false });
    const found = await lint(repo.planDir, history);
    expect(found.map((d) => [path.basename(d.file), d.line, d.severity, d.message])).toEqual([
      [
        'scenarios.yaml',
        13,
        'warning',
        `step 1 of \`workaround\` of scenario \`crm-down\` names Insight CRM, which was removed from the systems inventory (commit ${removal.slice(0, 7)} on 2026-03-01)`,
      ],
      [
        'scenarios.yaml',
        14,
        'warning',
        `step 2 of \`workaround\` of scenario \`crm-down\` names Kestrel IT, which was removed from the vendors (commit ${removal.slice(0, 7)} on 2026-03-01)`,
      ],
    ]);
  });

  it('says so once, as information, when the history is shallow', async () => {
    const { repo } = await repoWithHistory();
    const clone = await repo.shallowClone();
    cleanups.push(() => clone.remove());
    const history = await planHistory(clone.planDir);
    expect(history).toEqual({ kind: 'unavailable', reason: 'shallow' });
    const found = await lint(clone.planDir, history);
    expect(found.map((d) => [d.severity, d.message])).toEqual([
      ['info', expect.stringContaining('the git history is shallow') as string],
    ]);
  });

  it('has a reason, not names, outside a git repository', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bcp-no-git-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    expect(await planHistory(dir)).toEqual({ kind: 'unavailable', reason: 'not-a-repository' });
  });
});
