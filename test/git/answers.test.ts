import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aboutHistory, forgetAnswers } from '../../src/git/answers.js';
import { gatherPlanHistory } from '../../src/git/gather.js';
import { TestRepo } from './test-repo.js';

const cleanups: (() => Promise<void>)[] = [];
beforeEach(() => forgetAnswers());
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/**
 * Puts a `git` first on the PATH that notes each command in a log and then runs the real git: the history is the
 * real thing, and the log shows which questions were put to git and which were answered from memory.
 */
async function countingGit(): Promise<{ calls: () => Promise<string[]> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bcp-counting-git-'));
  const log = path.join(dir, 'calls.log');
  await writeFile(log, '');
  await writeFile(
    path.join(dir, 'git'),
    `#!/bin/sh\necho "$*" >> '${log}'\nPATH='${process.env.PATH}' exec git "$@"\n`,
  );
  await chmod(path.join(dir, 'git'), 0o755);
  const saved = process.env.PATH;
  process.env.PATH = `${dir}${path.delimiter}${saved}`;
  cleanups.push(async () => {
    process.env.PATH = saved;
    await rm(dir, { recursive: true, force: true });
  });
  return {
    calls: async () => {
      const lines = (await readFile(log, 'utf8')).split('\n').filter(Boolean);
      await writeFile(log, '');
      return lines.map((line) => line.replace(/^(-c \S+ )+/, ''));
    },
  };
}

async function committedRepo(): Promise<TestRepo> {
  const repo = await TestRepo.create();
  cleanups.push(() => repo.remove());
  await repo.commit('First version of the plan', '2026-01-05');
  return repo;
}

describe('git answers remembered between builds', () => {
  it('asks git again only about the working tree while no ref moved', async () => {
    const repo = await committedRepo();
    const git = await countingGit();
    const first = await gatherPlanHistory(repo.planDir);
    const firstCalls = await git.calls();
    // The first build learns where the repository keeps its refs, after asking where the repository is.
    await gatherPlanHistory(repo.planDir);
    await git.calls();
    const second = await gatherPlanHistory(repo.planDir);
    const secondCalls = await git.calls();
    expect(second).toEqual(first);
    expect(firstCalls.length).toBeGreaterThan(secondCalls.length);
    // What the working tree holds can change with every save: always asked.
    expect(secondCalls.filter((call) => !/^(status|diff) /.test(call))).toEqual([]);
    expect(secondCalls.some((call) => call.startsWith('status'))).toBe(true);
  });

  it('sees a commit, a new branch checked out and a dirty plan at once', async () => {
    const repo = await committedRepo();
    await gatherPlanHistory(repo.planDir);
    await repo.touchPlan('a note');
    const dirty = await gatherPlanHistory(repo.planDir);
    expect(dirty.sourceCommit?.dirty).toBe(true);
    const sha = await repo.commit('Second version of the plan', '2026-02-05');
    const committed = await gatherPlanHistory(repo.planDir);
    expect(committed.sourceCommit).toMatchObject({ sha, dirty: false });
    expect(committed.revisions.map((r) => r.subject)).toEqual([
      'Second version of the plan',
      'First version of the plan',
    ]);
    await repo.git('checkout', '--quiet', '-b', 'older', 'HEAD~1');
    const older = await gatherPlanHistory(repo.planDir);
    expect(older.revisions.map((r) => r.subject)).toEqual(['First version of the plan']);
    // Back on main, as packed refs: the stamp follows `git pack-refs` too.
    await repo.git('checkout', '--quiet', 'main');
    await repo.git('pack-refs', '--all');
    expect((await gatherPlanHistory(repo.planDir)).sourceCommit?.sha).toBe(sha);
  });
});

describe('aboutHistory', () => {
  it.each([
    [['log', '-1', '--format=%H', 'HEAD'], true],
    [['log', '--no-merges', '-30', 'HEAD', '--', ':(top,literal)plan/'], true],
    [['log', '-1', `${'a'.repeat(40)}..HEAD`, '--', 'x'], true],
    [['show', `${'b'.repeat(40)}:plan/plan.yaml`], true],
    [['ls-tree', '-r', '--full-tree', 'HEAD', '--', 'plan/'], true],
    [['cat-file', '--batch'], true],
    [['rev-parse', '--show-toplevel', '--absolute-git-dir', '--git-common-dir', '--show-prefix'], true],
    [['rev-parse', '--is-shallow-repository'], true],
    // A ref by name moves without HEAD moving (a fetch updates origin/main).
    [['log', '-1', 'origin/main'], false],
    [['merge-base', 'origin/main', 'HEAD'], false],
    [['rev-parse', '--verify', '--quiet', '--end-of-options', 'origin/main^{commit}'], false],
    [['show', 'HEAD:plan/plan.yaml'], false],
    // The working tree and the remote are never remembered.
    [['status', '--porcelain'], false],
    [['diff', '--name-only', 'HEAD', '--', 'plan/'], false],
    [['fetch', '--quiet', '--unshallow'], false],
    [['remote'], false],
  ])('%j → %s', (args, expected) => {
    expect(aboutHistory(args)).toBe(expected);
  });
});
