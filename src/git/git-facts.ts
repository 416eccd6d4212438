import { lines, mergeBase as findMergeBase, resolveCommit, type Commit } from './commits.js';
import type { Repository } from './repository.js';
import { git, gitResult } from './run-git.js';

export type { Commit };

/** In a pull request (`--base`): the tech files it changes, and whether it changes the plan too. */
export interface PullRequestFacts {
  base: string;
  techFiles: string[];
  planChanged: boolean;
}

/** What git history says about the plan and the tech stack, gathered before lint so rules stay free of I/O. */
export type GitFacts =
  /** A shallow clone that could not be deepened: the check is skipped, and `reason` says why. */
  | { kind: 'shallow'; reason: string }
  /** git is not installed (or not on PATH): the history cannot be read, which is not the same as "up to date". */
  | { kind: 'no-git' }
  /** `not-found`: no such branch or commit here; `unrelated`: it shares no history with HEAD. */
  | { kind: 'bad-base'; base: string; reason: 'not-found' | 'unrelated' }
  | {
      kind: 'history';
      /** The newest commit that touched the plan folder. */
      planCommit?: Commit;
      /** The newest commit that touched a tech path and that the plan commit does not build on, with its tech files. */
      techChange?: Commit & { files: string[] };
      /** The plan folder has changes not yet committed: someone is updating the plan right now. */
      planUncommitted?: boolean;
      pullRequest?: PullRequestFacts;
    };

type HistoryFacts = Extract<GitFacts, { kind: 'history' }>;

/** Pathspecs, read by git from the repository root: the plan folder, and the tech paths without the plan folder. */
interface Specs {
  plan: string[];
  tech: string[];
}

/**
 * What the history says about the tech paths against the plan folder, from a repository whose history is whole.
 * Commit dates, never file times: CI resets those.
 */
export async function techFacts(
  repository: Repository,
  techPaths: readonly string[],
  base?: string,
): Promise<HistoryFacts | Extract<GitFacts, { kind: 'bad-base' }>> {
  const { root, planPrefix } = repository;
  const specs = pathspecs(planPrefix, techPaths);
  const facts: HistoryFacts = { kind: 'history' };
  const planCommit = await newestCommit(root, [], specs.plan);
  if (planCommit) {
    facts.planCommit = planCommit;
    const techChange = await techChangeSince(root, planCommit, specs.tech);
    if (techChange) facts.techChange = techChange;
  }
  if (await hasUncommittedChanges(root, specs.plan)) facts.planUncommitted = true;
  if (base === undefined) return facts;
  const pullRequest = await pullRequestFacts(root, base, specs);
  if ('kind' in pullRequest) return pullRequest;
  facts.pullRequest = pullRequest;
  return facts;
}

function pathspecs(planPrefix: string, techPaths: readonly string[]): Specs {
  // Tech paths are globs from the repository root, whatever folder bcp runs in; a leading ./ or / means the same.
  const tech = techPaths.map((glob) => `:(top,glob)${glob.replace(/^(\.\/|\/)+/, '')}`);
  // A plan folder at the repository root holds everything: no folder to exclude, and every commit is a plan commit.
  if (planPrefix === '') return { plan: [], tech };
  return { plan: [`:(top,literal)${planPrefix}`], tech: [...tech, `:(top,exclude,literal)${planPrefix}`] };
}

async function newestCommit(root: string, range: string[], specs: string[]): Promise<Commit | undefined> {
  const line = await git(root, ['log', '-1', '--format=%H %cs', ...range, '--', ...specs]);
  if (!line) return undefined;
  const [sha = '', date = ''] = line.split(' ');
  return { sha, date };
}

/**
 * The newest tech commit that the plan commit does not build on. "Newer" is by ancestry (`plan..HEAD`), not by
 * clock: dates lie after a rebase, and a tech change on a branch merged later is still news to the plan.
 */
async function techChangeSince(
  root: string,
  planCommit: Commit,
  techSpecs: string[],
): Promise<(Commit & { files: string[] }) | undefined> {
  const tech = await newestCommit(root, [`${planCommit.sha}..HEAD`], techSpecs);
  if (!tech) return undefined;
  // --no-renames: a renamed file counts as changed at both its old and its new path. --root: the first commit too.
  // A merge is listed against its first parent: what it brought to the branch the plan lives on.
  const args = [
    'diff-tree',
    '-r',
    '--root',
    '--diff-merges=first-parent',
    '--no-commit-id',
    '--name-only',
    '--no-renames',
  ];
  const files = await git(root, [...args, tech.sha, '--', ...techSpecs]);
  return { ...tech, files: lines(files) };
}

async function hasUncommittedChanges(root: string, planSpecs: string[]): Promise<boolean> {
  const out = await git(root, ['status', '--porcelain', '--untracked-files=all', '--', ...planSpecs]);
  return lines(out).length > 0;
}

/** What a pull request changes: everything since it left its base (`git merge-base <base> HEAD`), as GitHub shows it. */
async function pullRequestFacts(
  root: string,
  base: string,
  specs: Specs,
): Promise<PullRequestFacts | Extract<GitFacts, { kind: 'bad-base' }>> {
  const baseSha = (await resolveCommit(root, base)) ?? (await fetchRemoteBranch(root, base));
  if (!baseSha) return { kind: 'bad-base', base, reason: 'not-found' };
  const mergeBase = await findMergeBase(root, baseSha, 'HEAD');
  if (!mergeBase) return { kind: 'bad-base', base, reason: 'unrelated' };
  const techFiles = await changedFiles(root, mergeBase, specs.tech);
  const planChanged = (await changedFiles(root, mergeBase, specs.plan)).length > 0;
  return { base, techFiles, planChanged };
}

async function changedFiles(root: string, from: string, specs: string[]): Promise<string[]> {
  // --no-renames: a renamed file counts as changed at both its old and its new path.
  return lines(await git(root, ['diff', '--no-renames', '--name-only', from, 'HEAD', '--', ...specs]));
}

/**
 * A base like `origin/main` that a single-branch clone lacks: fetched into its remote-tracking ref, which is what
 * `git fetch origin main` alone does not make.
 */
async function fetchRemoteBranch(root: string, base: string): Promise<string | undefined> {
  const match = /^(?:refs\/remotes\/)?([A-Za-z0-9._-]+)\/(.+)$/.exec(base);
  if (!match) return undefined;
  const [, remote = '', branch = ''] = match;
  const remotes = (await git(root, ['remote']))?.split('\n') ?? [];
  if (!remotes.includes(remote)) return undefined;
  const refspec = `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`;
  const fetched = await gitResult(root, ['fetch', '--quiet', '--no-tags', remote, refspec]);
  return fetched.ok ? resolveCommit(root, base) : undefined;
}
