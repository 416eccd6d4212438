import path from 'node:path';
import { learnFolders } from './answers.js';
import { git, gitInstalled, gitResult } from './run-git.js';

/** Why the plan's history cannot be read. Each is a fact the user is told, never a silent "no history". */
export type UnavailableReason = 'git-missing' | 'not-a-repository' | 'unreadable';

/** Whether git can read the repository that holds the plan folder, and where the folder sits in it. */
export type GitAccess =
  | {
      state: 'available';
      /** The repository's top folder, as git sees it. */
      root: string;
      /** The plan folder inside the repository, with a trailing `/`, or '' at the root. */
      planPrefix: string;
    }
  | { state: 'unavailable'; reason: UnavailableReason; /** What git said, or what is missing. */ detail: string };

export type Repository = Extract<GitAccess, { state: 'available' }>;

/**
 * The repository root and the plan folder's path inside it, both as git sees them: working the prefix out from
 * file names breaks when the plan folder is reached through a symbolic link (/tmp on macOS is one). Git missing
 * from the PATH and a repository git refuses to read (another owner's, a damaged one) are told apart from a plan
 * that is simply not kept in git.
 */
export async function openRepository(planDir: string): Promise<GitAccess> {
  const layout = ['rev-parse', '--show-toplevel', '--absolute-git-dir', '--git-common-dir', '--show-prefix'];
  const run = await gitResult(planDir, layout);
  if (run.ok) {
    const [root = '', gitDir = '', commonDir = '', planPrefix = ''] = run.stdout.split('\n');
    // Where git keeps the refs, so that later questions about history can be answered again without git.
    if (gitDir && commonDir) learnFolders([planDir, root], { gitDir, commonDir: path.resolve(planDir, commonDir) });
    if (root) return { state: 'available', root, planPrefix };
    return { state: 'unavailable', reason: 'unreadable', detail: 'git found no working tree for the plan folder' };
  }
  if (run.notStarted && !(await gitInstalled())) {
    return { state: 'unavailable', reason: 'git-missing', detail: 'git was not found on the PATH' };
  }
  // "not a git repository: <path>" (a .git file pointing nowhere) is a broken repository, not a plan outside git.
  if (/^not a git repository \(or any/i.test(run.first)) {
    return { state: 'unavailable', reason: 'not-a-repository', detail: run.first };
  }
  return { state: 'unavailable', reason: 'unreadable', detail: run.first };
}

/** A shallow clone (CI's default checkout) holds only the last commits: older ones cannot be compared with. */
export async function isShallow(root: string): Promise<boolean> {
  return (await git(root, ['rev-parse', '--is-shallow-repository'])) === 'true';
}

/**
 * Undefined when the history is whole (or was made whole); otherwise why it could not be. CI checks out one
 * commit by default, so bcp fetches the rest when the remote answers.
 */
export async function deepenIfShallow(root: string): Promise<string | undefined> {
  if (!(await isShallow(root))) return undefined;
  const fetched = await gitResult(root, ['fetch', '--quiet', '--no-tags', '--unshallow']);
  if (!fetched.ok) return fetched.reason;
  // A fetch can succeed and still leave the clone shallow (a server that refuses to deepen).
  return (await isShallow(root)) ? 'the remote did not send it' : undefined;
}

/** `:(top,literal)<prefix>`: the plan folder as a pathspec from the repository root; none when it is the root. */
export function planSpec(repository: Repository): string[] {
  return repository.planPrefix === '' ? [] : [`:(top,literal)${repository.planPrefix}`];
}

/** Why the history cannot be read, in words for the user (the plan folder named as given). */
export function whyUnavailable(access: Extract<GitAccess, { state: 'unavailable' }>, planDir: string): string {
  if (access.reason === 'git-missing') return 'git was not found on the PATH (install git where bcp runs)';
  if (access.reason === 'not-a-repository') return `\`${planDir}\` is not in a git repository`;
  return `git could not read the repository that holds \`${planDir}\`: ${access.detail}`;
}
