import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import type { GitFacts } from '../../src/git/git-facts.js';
import { gitFacts } from '../../src/git/gather.js';
import rule from '../../src/lint/rules/tech-change-not-reflected.js';
import { runLint } from '../../src/lint/run-lint.js';
import { loadPlan } from '../../src/load/load-plan.js';
import { buildModel } from '../../src/model/plan-model.js';
import { TestRepo } from './test-repo.js';

const today = '2026-06-01';
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  vi.unstubAllEnvs();
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function newRepo(): Promise<TestRepo> {
  const repo = await TestRepo.create();
  cleanups.push(() => repo.remove());
  return repo;
}

/** Git facts for the plan in `planDir`, and what the rule says about them. */
async function lint(planDir: string, base?: string): Promise<{ git: GitFacts | undefined; found: Diagnostic[] }> {
  const model = buildModel(await loadPlan(planDir));
  const git = await gitFacts(planDir, model.data.plan.tech_paths ?? [], base);
  return { git, found: runLint(model, { today, git }, { rules: {} }, [rule]) };
}

/** A repository whose plan was committed on 2026-03-01, with infrastructure from before. */
async function repoWithPlan(): Promise<TestRepo> {
  const repo = await newRepo();
  await repo.write('infra/crm.tf', 'crm = "brightpearl"\n');
  await repo.commit('Infrastructure', '2026-02-01');
  await repo.touchPlan('First version');
  await repo.commit('Plan', '2026-03-01');
  return repo;
}

describe('git history of the plan and the tech paths', () => {
  it('flags a tech commit after the newest plan commit, naming the commit, its date and files', async () => {
    const repo = await repoWithPlan();
    await repo.write('infra/crm.tf', 'crm = "hubspot"\n');
    await repo.write('infra/dns.tf', 'mx = "mail.example.com"\n');
    const sha = await repo.commit('Move to HubSpot', '2026-04-15');
    const { git, found } = await lint(repo.planDir);
    expect(git).toMatchObject({ kind: 'history', techChange: { sha, date: '2026-04-15' } });
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain(`commit ${sha.slice(0, 7)} on 2026-04-15 changed infra/crm.tf, infra/dns.tf`);
    expect(found[0]?.path).toBe('plan.tech_paths');
  });

  it('is clean when the plan was updated after the tech change', async () => {
    const repo = await repoWithPlan();
    await repo.write('infra/crm.tf', 'crm = "hubspot"\n');
    await repo.commit('Move to HubSpot', '2026-04-15');
    await repo.touchPlan('HubSpot now');
    await repo.commit('Plan: HubSpot', '2026-04-20');
    const { git, found } = await lint(repo.planDir);
    expect(git).toMatchObject({ kind: 'history', planCommit: { date: '2026-04-20' } });
    expect(found).toEqual([]);
  });

  it('is clean when one commit changes the tech paths and the plan', async () => {
    const repo = await repoWithPlan();
    await repo.write('infra/crm.tf', 'crm = "hubspot"\n');
    await repo.touchPlan('HubSpot now');
    await repo.commit('Move to HubSpot, plan included', '2026-04-15');
    expect((await lint(repo.planDir)).found).toEqual([]);
  });

  it('ignores files outside the tech paths', async () => {
    const repo = await repoWithPlan();
    await repo.write('README.md', 'Hello\n');
    await repo.commit('Readme', '2026-04-15');
    expect((await lint(repo.planDir)).found).toEqual([]);
  });

  it('counts a renamed file at its old and its new path', async () => {
    const repo = await repoWithPlan();
    await repo.move('infra/crm.tf', 'infra/hubspot.tf');
    await repo.commit('Rename', '2026-04-15');
    const { git, found } = await lint(repo.planDir);
    expect(git).toMatchObject({ techChange: { files: ['infra/crm.tf', 'infra/hubspot.tf'] } });
    expect(found).toHaveLength(1);
  });

  it('counts a file moved out of the tech paths', async () => {
    const repo = await repoWithPlan();
    await repo.move('infra/crm.tf', 'attic/crm.tf');
    await repo.commit('Retire the CRM config', '2026-04-15');
    expect((await lint(repo.planDir)).git).toMatchObject({ techChange: { files: ['infra/crm.tf'] } });
  });

  it('judges "after" by ancestry, not by date: an older tech commit merged later is news to the plan', async () => {
    const repo = await repoWithPlan();
    await repo.git('checkout', '--quiet', '-b', 'feature', 'HEAD~1');
    await repo.write('infra/dns.tf', 'mx = "mail.example.com"\n');
    await repo.commit('Mail DNS', '2026-02-15');
    await repo.git('checkout', '--quiet', 'main');
    // The newest tech commit by date is one the plan update builds on; the older one on `feature` is not.
    await repo.write('infra/crm.tf', 'crm = "hubspot"\n');
    await repo.commit('Move to HubSpot', '2026-03-05');
    await repo.touchPlan('HubSpot now');
    await repo.commit('Plan: HubSpot', '2026-03-10');
    await repo.merge('feature', '2026-04-01');
    const merge = await repo.git('rev-parse', 'HEAD');
    const { git, found } = await lint(repo.planDir);
    // The merge is named: it is when the change reached the plan's branch, and it lists what it brought.
    expect(git).toMatchObject({ techChange: { sha: merge, date: '2026-04-01', files: ['infra/dns.tf'] } });
    expect(found).toHaveLength(1);
  });

  it('does not flag while the plan has changes not yet committed', async () => {
    const repo = await repoWithPlan();
    await repo.write('infra/crm.tf', 'crm = "hubspot"\n');
    await repo.commit('Move to HubSpot', '2026-04-15');
    await repo.touchPlan('Updating for HubSpot');
    const { git, found } = await lint(repo.planDir);
    expect(git).toMatchObject({ planUncommitted: true });
    expect(found).toEqual([]);
  });

  it('reads the plan through a symbolic link to its folder', async () => {
    const repo = await repoWithPlan();
    await repo.write('infra/crm.tf', 'crm = "hubspot"\n');
    await repo.commit('Move to HubSpot', '2026-04-15');
    const links = await mkdtemp(path.join(tmpdir(), 'bcp-git-link-'));
    cleanups.push(() => rm(links, { recursive: true, force: true }));
    await symlink(repo.dir, path.join(links, 'repo'));
    expect((await lint(path.join(links, 'repo', 'plan'))).found).toHaveLength(1);
  });

  it('reads the repository that holds the plan even when a git hook points GIT_DIR elsewhere', async () => {
    const repo = await repoWithPlan();
    await repo.write('infra/crm.tf', 'crm = "hubspot"\n');
    await repo.commit('Move to HubSpot', '2026-04-15');
    const other = await repoWithPlan();
    vi.stubEnv('GIT_DIR', path.join(other.dir, '.git'));
    expect((await lint(repo.planDir)).found).toHaveLength(1);
  });

  it('fetches the history a shallow clone lacks, then checks as usual', async () => {
    const repo = await repoWithPlan();
    await repo.write('infra/crm.tf', 'crm = "hubspot"\n');
    await repo.commit('Move to HubSpot', '2026-04-15');
    const clone = await repo.shallowClone();
    cleanups.push(() => clone.remove());
    const { git, found } = await lint(clone.planDir);
    expect(await clone.git('rev-parse', '--is-shallow-repository')).toBe('false');
    expect(git).toMatchObject({ kind: 'history', techChange: { files: ['infra/crm.tf'] } });
    expect(found.map((d) => d.message)).toEqual([expect.stringContaining('The tech stack changed after the plan')]);
  });

  it('notes a shallow clone whose remote is gone as a skipped check, never a failure or "up to date"', async () => {
    const repo = await repoWithPlan();
    const clone = await repo.shallowClone();
    cleanups.push(() => clone.remove());
    await repo.remove();
    const { git, found } = await lint(clone.planDir);
    expect(git).toMatchObject({ kind: 'shallow', reason: expect.stringMatching(/.+/) });
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('info');
    expect(found[0]?.message).toMatch(
      /^The check for a tech change without a plan update was skipped: this clone's git history is shallow/,
    );
    expect(found[0]?.hint).toContain('fetch-depth: 0');
    expect(found[0]?.hint).toContain('git fetch --unshallow');
  });

  it('fetches a base branch that a single-branch shallow clone lacks (`--base origin/<branch>`)', async () => {
    const repo = await repoWithPlan();
    await repo.git('checkout', '--quiet', '-b', 'pr');
    await repo.write('infra/crm.tf', 'crm = "hubspot"\n');
    await repo.commit('Move to HubSpot', '2026-04-15');
    // As actions/checkout clones a pull request: one branch, one commit, no origin/main.
    const clone = await repo.shallowClone('pr');
    cleanups.push(() => clone.remove());
    const { git, found } = await lint(clone.planDir, 'origin/main');
    expect(git).toMatchObject({
      pullRequest: { base: 'origin/main', techFiles: ['infra/crm.tf'], planChanged: false },
    });
    expect(found.map((d) => d.message)).toEqual([
      'This pull request changes the tech stack (infra/crm.tf) but not the plan',
    ]);
  });

  it('has nothing to say outside a git repository', async () => {
    const repo = await newRepo();
    await rm(path.join(repo.dir, '.git'), { recursive: true, force: true });
    const { git, found } = await lint(repo.planDir);
    expect(git).toBeUndefined();
    expect(found).toEqual([]);
  });
});

describe('a pull request against its base (--base)', () => {
  /** `main` with the plan; a `pr` branch checked out from it, with a later commit on main that the PR lacks. */
  async function repoWithBranch(): Promise<TestRepo> {
    const repo = await repoWithPlan();
    await repo.git('checkout', '--quiet', '-b', 'pr');
    return repo;
  }

  it('flags a branch that changes tech paths but not the plan', async () => {
    const repo = await repoWithBranch();
    await repo.write('infra/crm.tf', 'crm = "hubspot"\n');
    await repo.commit('Move to HubSpot', '2026-04-15');
    const { git, found } = await lint(repo.planDir, 'main');
    expect(git).toMatchObject({ pullRequest: { base: 'main', techFiles: ['infra/crm.tf'], planChanged: false } });
    expect(found.map((d) => d.message)).toEqual([
      'This pull request changes the tech stack (infra/crm.tf) but not the plan',
    ]);
  });

  it('is clean when the branch changes the plan too', async () => {
    const repo = await repoWithBranch();
    await repo.write('infra/crm.tf', 'crm = "hubspot"\n');
    await repo.commit('Move to HubSpot', '2026-04-15');
    await repo.touchPlan('HubSpot now');
    await repo.commit('Plan: HubSpot', '2026-04-16');
    const { git, found } = await lint(repo.planDir, 'main');
    expect(git).toMatchObject({ pullRequest: { techFiles: ['infra/crm.tf'], planChanged: true } });
    expect(found).toEqual([]);
  });

  it('diffs from the merge base, so changes made on the base since are not the pull request', async () => {
    const repo = await repoWithBranch();
    await repo.write('README.md', 'Docs only\n');
    await repo.commit('Docs', '2026-04-15');
    await repo.git('checkout', '--quiet', 'main');
    await repo.touchPlan('Reviewed on main');
    await repo.commit('Plan review on main', '2026-04-16');
    await repo.git('checkout', '--quiet', 'pr');
    // The plan differs between main and the branch, but the branch did not change it.
    expect((await lint(repo.planDir, 'main')).git).toMatchObject({
      pullRequest: { techFiles: [], planChanged: false },
    });
  });

  it('counts a rename in the pull request at both paths', async () => {
    const repo = await repoWithBranch();
    await repo.move('infra/crm.tf', 'infra/hubspot.tf');
    await repo.commit('Rename', '2026-04-15');
    const { git } = await lint(repo.planDir, 'main');
    expect(git).toMatchObject({ pullRequest: { techFiles: ['infra/crm.tf', 'infra/hubspot.tf'] } });
  });

  it('says a base that is not here was not found, and how to fetch it', async () => {
    const repo = await repoWithBranch();
    const { git, found } = await lint(repo.planDir, 'origin/release');
    expect(git).toEqual({ kind: 'bad-base', base: 'origin/release', reason: 'not-found' });
    expect(found.map((d) => d.message)).toEqual([
      "The base `origin/release` was not found in this repository, so the pull request's tech changes cannot be checked",
    ]);
    // The command in the hint is one that really makes `origin/release`, copied and pasted.
    expect(found[0]?.hint).toContain('`git fetch --no-tags origin +refs/heads/release:refs/remotes/origin/release`');
  });

  it('takes a base that looks like an option as a name, not an option', async () => {
    const repo = await repoWithBranch();
    expect((await lint(repo.planDir, '--all')).git).toMatchObject({ kind: 'bad-base', reason: 'not-found' });
  });

  it('says a base with no history in common is unrelated', async () => {
    const repo = await repoWithBranch();
    await repo.git('checkout', '--quiet', '--orphan', 'elsewhere');
    await repo.commit('Unrelated', '2026-04-15');
    await repo.git('checkout', '--quiet', 'pr');
    expect((await lint(repo.planDir, 'elsewhere')).git).toMatchObject({ kind: 'bad-base', reason: 'unrelated' });
  });
});
