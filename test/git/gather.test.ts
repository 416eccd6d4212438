import { chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/pipeline/check.js';
import { gatherPlanHistory } from '../../src/git/gather.js';
import { openRepository } from '../../src/git/repository.js';
import { TestRepo } from './test-repo.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function emptyFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bcp-gather-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function newRepo(): Promise<TestRepo> {
  const repo = await TestRepo.create();
  cleanups.push(() => repo.remove());
  return repo;
}

/** Runs `body` with a PATH that holds no git, as on a slim CI image. */
async function withoutGit<T>(body: () => Promise<T>): Promise<T> {
  const saved = process.env.PATH;
  process.env.PATH = await emptyFolder();
  try {
    return await body();
  } finally {
    process.env.PATH = saved;
  }
}

describe('whether git can read the plan history is a fact with a reason', () => {
  it('a folder outside any repository is not-a-repository', async () => {
    expect(await openRepository(await emptyFolder())).toMatchObject({
      state: 'unavailable',
      reason: 'not-a-repository',
    });
  });

  it('git missing from the PATH is git-missing, not "not a repository"', async () => {
    const repo = await newRepo();
    const history = await withoutGit(() => gatherPlanHistory(repo.planDir, { techPaths: ['infra/**'] }));
    expect(history.access).toEqual({
      state: 'unavailable',
      reason: 'git-missing',
      detail: 'git was not found on the PATH',
    });
    expect(history.tech).toEqual({ kind: 'no-git' });
    expect(history.pastNames).toEqual({ kind: 'unavailable', reason: 'git-missing' });
  });

  it('a .git that points nowhere is an unreadable repository, with what git said', async () => {
    const dir = await emptyFolder();
    await writeFile(path.join(dir, '.git'), 'gitdir: /nonexistent/bcp-test\n');
    expect(await openRepository(dir)).toEqual({
      state: 'unavailable',
      reason: 'unreadable',
      detail: 'not a git repository: /nonexistent/bcp-test',
    });
  });

  it.runIf(process.getuid?.() === 0)(
    'a repository owned by someone else is unreadable (dubious ownership)',
    async () => {
      const repo = await newRepo();
      await repo.commit('Plan', '2026-03-01');
      await chown(repo.dir, 4321, 4321);
      const access = await openRepository(repo.planDir);
      expect(access).toMatchObject({ state: 'unavailable', reason: 'unreadable' });
      expect(access.state === 'unavailable' && access.detail).toMatch(/dubious ownership/);
    },
  );

  it('check says once, as information, that git is missing, and still passes the plan to lint', async () => {
    const repo = await newRepo();
    const { diagnostics } = await withoutGit(() => checkPlan(repo.planDir, { today: '2026-06-01' }));
    const notes = diagnostics.filter((d) => d.ruleId === 'git');
    expect(notes.map((d) => [d.severity, d.path, path.relative(repo.dir, d.file)])).toEqual([
      ['info', 'plan', 'plan/plan.yaml'],
    ]);
    expect(notes[0]?.message).toContain('git was not found on the PATH');
  });

  it('check adds no note for a plan simply kept outside git', async () => {
    const repo = await newRepo();
    await rm(path.join(repo.dir, '.git'), { recursive: true, force: true });
    const { diagnostics } = await checkPlan(repo.planDir, { today: '2026-06-01' });
    expect(diagnostics.filter((d) => d.ruleId === 'git')).toEqual([]);
  });
});

describe("the revision history is the plan's own changes", () => {
  it('lists commits that change the plan folder, not commits to other files or merges', async () => {
    const repo = await newRepo();
    await repo.commit('Plan, first version', '2026-03-01');
    await repo.write('infra/crm.tf', 'crm = "brightpearl"\n');
    await repo.touchPlan('CRM moved');
    await repo.commit('Move the CRM and the plan with it (development)', '2026-03-02');
    await repo.write('infra/crm.tf', 'crm = "hubspot"\n');
    await repo.commit('Infrastructure only', '2026-03-03');
    await repo.git('checkout', '--quiet', '-b', 'contacts');
    await repo.touchPlan('New phone number for Kestrel IT');
    await repo.commit('Kestrel IT has a new number', '2026-03-04');
    await repo.git('checkout', '--quiet', 'main');
    await repo.merge('contacts', '2026-03-05');
    const { revisions, sourceCommit } = await gatherPlanHistory(repo.planDir);
    expect(revisions.map((r) => [r.date, r.subject])).toEqual([
      ['2026-03-04', 'Kestrel IT has a new number'],
      ['2026-03-02', 'Move the CRM and the plan with it (development)'],
      ['2026-03-01', 'Plan, first version'],
    ]);
    expect(sourceCommit).toMatchObject({ date: '2026-03-05', dirty: false });
  });
});
