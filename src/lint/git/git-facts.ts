import path from 'node:path';
import { git } from './run-git.js';

export interface Commit {
  sha: string;
  /** Commit date, YYYY-MM-DD. */
  date: string;
}

/** What git history says about the plan and the tech stack, gathered before lint so rules stay free of I/O. */
export type GitFacts =
  | { kind: 'shallow' }
  | { kind: 'bad-base'; base: string }
  | {
      kind: 'history';
      /** The newest commit that touched the plan folder. */
      planCommit?: Commit;
      /** The newest commit that touched a tech path, when it came after `planCommit`, with its tech files. */
      techChange?: Commit & { files: string[] };
      /** In a pull request (`--base`): the tech files it changes, and whether it changes the plan too. */
      pullRequest?: { base: string; techFiles: string[]; planChanged: boolean };
    };

/**
 * Reads the history of the repository that holds `planDir`. Undefined outside a git repository, and also
 * when the plan names no tech paths (there is nothing to compare). Commit dates, never file times: CI resets those.
 */
export async function gitFacts(
  planDir: string,
  techPaths: readonly string[],
  base?: string,
): Promise<GitFacts | undefined> {
  const root = await git(planDir, ['rev-parse', '--show-toplevel']);
  if (root === undefined || techPaths.length === 0) return undefined;
  if ((await git(root, ['rev-parse', '--is-shallow-repository'])) === 'true') return { kind: 'shallow' };
  const planSpec = path.relative(root, path.resolve(planDir)) || '.';
  // Tech paths are globs from the repository root; the plan folder itself never counts as tech.
  const techSpecs = [...techPaths.map((glob) => `:(glob)${glob}`), `:(exclude)${planSpec}`];
  const planCommit = await lastCommit(root, [planSpec]);
  const facts: GitFacts = { kind: 'history', ...(planCommit ? { planCommit } : {}) };
  const techChange = await techChangeAfter(root, techSpecs, planCommit);
  if (techChange) facts.techChange = techChange;
  if (base === undefined) return facts;
  const mergeBase = await git(root, ['merge-base', base, 'HEAD']);
  if (mergeBase === undefined) return { kind: 'bad-base', base };
  const techFiles = await changedFiles(root, mergeBase, techSpecs);
  const planChanged = (await changedFiles(root, mergeBase, [planSpec])).length > 0;
  facts.pullRequest = { base, techFiles, planChanged };
  return facts;
}

async function lastCommit(root: string, specs: string[]): Promise<Commit | undefined> {
  const line = await git(root, ['log', '-1', '--format=%H %cs', '--', ...specs]);
  if (!line) return undefined;
  const [sha = '', date = ''] = line.split(' ');
  return { sha, date };
}

async function techChangeAfter(
  root: string,
  techSpecs: string[],
  planCommit: Commit | undefined,
): Promise<(Commit & { files: string[] }) | undefined> {
  const tech = await lastCommit(root, techSpecs);
  if (!tech || !planCommit || tech.sha === planCommit.sha) return undefined;
  // "Newer" by ancestry, not by clock: a tech commit the plan commit already builds on is not a change after it.
  const after = (await git(root, ['merge-base', '--is-ancestor', tech.sha, planCommit.sha])) === undefined;
  if (!after) return undefined;
  const files =
    (await git(root, ['show', '--no-renames', '--name-only', '--format=', tech.sha, '--', ...techSpecs])) ?? '';
  return { ...tech, files: files.split('\n').filter(Boolean) };
}

async function changedFiles(root: string, from: string, specs: string[]): Promise<string[]> {
  // --no-renames: a renamed file counts as changed at both its old and its new path.
  const out = await git(root, ['diff', '--no-renames', '--name-only', from, 'HEAD', '--', ...specs]);
  return (out ?? '').split('\n').filter(Boolean);
}
