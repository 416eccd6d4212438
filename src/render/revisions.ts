import path from 'node:path';
import { git } from '../lint/git/run-git.js';

export interface Revision {
  sha: string;
  short: string;
  date: string;
  author: string;
  subject: string;
}

export interface SourceCommit {
  sha: string;
  short: string;
  date: string;
  /** The plan folder has changes that are not committed: the binder says so on every page. */
  dirty: boolean;
}

const FIELD = '\x1f';

/** The commits that changed the plan folder, newest first: the binder's revision history. */
export async function planRevisions(planDir: string, limit = 30): Promise<Revision[]> {
  const format = ['%H', '%h', '%cs', '%an', '%s'].join(FIELD);
  const out = await git(planDir, ['log', `-${limit}`, `--format=${format}`, '--', path.resolve(planDir)]);
  if (!out) return [];
  return out.split('\n').map((line) => {
    const [sha = '', short = '', date = '', author = '', subject = ''] = line.split(FIELD);
    return { sha, short, date, author, subject };
  });
}

/** The commit the plan was built from, or null outside git. */
export async function sourceCommit(planDir: string): Promise<SourceCommit | null> {
  const out = await git(planDir, ['log', '-1', `--format=%H${FIELD}%h${FIELD}%cs`, 'HEAD']);
  if (!out) return null;
  const [sha = '', short = '', date = ''] = out.split(FIELD);
  const status = await git(planDir, ['status', '--porcelain', '--', path.resolve(planDir)]);
  return { sha, short, date, dirty: Boolean(status) };
}
