import { git } from './run-git.js';

export interface Commit {
  sha: string;
  /** Commit date, YYYY-MM-DD. */
  date: string;
}

/** The commit a ref names, or undefined when there is none here. */
export async function resolveCommit(root: string, ref: string): Promise<string | undefined> {
  // --end-of-options: a ref that starts with a dash is a ref name, never an option.
  return git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
}

/** Where two commits' histories meet, or undefined when they share none. */
export async function mergeBase(root: string, a: string, b: string): Promise<string | undefined> {
  return git(root, ['merge-base', a, b]);
}

/** The commit a ref names, with its date. */
export async function commitOf(root: string, ref: string): Promise<Commit | undefined> {
  const out = await git(root, ['log', '-1', '--format=%H %cs', '--end-of-options', `${ref}^{commit}`]);
  return out ? parseCommit(out) : undefined;
}

/** The last `limit` commits of HEAD that touched `specs`, newest first, optionally made on or before a day. */
export async function commitsTouching(
  root: string,
  specs: string[],
  options: { limit: number; until?: string },
): Promise<Commit[]> {
  const until = options.until === undefined ? [] : [`--until=${options.until}T23:59:59`];
  const out = await git(root, ['log', `-${options.limit}`, '--format=%H %cs', ...until, 'HEAD', '--', ...specs]);
  return lines(out).map(parseCommit);
}

/** A file's text at a commit (path from the repository root), or undefined when it did not exist then. */
export async function fileAt(root: string, sha: string, file: string): Promise<string | undefined> {
  return git(root, ['show', `${sha}:${file}`]);
}

function parseCommit(line: string): Commit {
  const [sha = '', date = ''] = line.split(' ');
  return { sha, date };
}

export function lines(out: string | undefined): string[] {
  return (out ?? '').split('\n').filter(Boolean);
}
