import { planSpec, type Repository } from './repository.js';
import { git } from './run-git.js';

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
const RECORD = '\x1e';
/** Commits read to find the plan's own: a repository that holds more than the plan has many that change other files. */
const SEARCHED = 300;

/**
 * The plan's own changes, newest first: the binder's revision history. A commit that also changes files outside
 * the plan folder (the code of the repository the plan lives in) is development, not a revision of the plan; merges
 * are left out too, as the commits they bring are listed themselves.
 */
export async function planRevisions(repository: Repository, limit = 30): Promise<Revision[]> {
  const format = [`${RECORD}%H`, '%h', '%cs', '%an', '%s'].join(FIELD);
  const args = ['log', '--no-merges', `-${SEARCHED}`, `--format=${format}`, '--name-only', '--full-diff', 'HEAD'];
  const out = await git(repository.root, [...args, '--', ...planSpec(repository)]);
  const revisions: Revision[] = [];
  for (const commit of (out ?? '').split(RECORD).filter(Boolean)) {
    const [header = '', ...files] = commit.split('\n').filter(Boolean);
    if (!files.every((file) => file.startsWith(repository.planPrefix))) continue;
    const [sha = '', short = '', date = '', author = '', subject = ''] = header.split(FIELD);
    revisions.push({ sha, short, date, author, subject });
    if (revisions.length === limit) break;
  }
  return revisions;
}

/** The commit the plan was built from; null in a repository with no commit yet. */
export async function sourceCommit(repository: Repository): Promise<SourceCommit | null> {
  const out = await git(repository.root, ['log', '-1', `--format=%H${FIELD}%h${FIELD}%cs`, 'HEAD']);
  if (!out) return null;
  const [sha = '', short = '', date = ''] = out.split(FIELD);
  const status = await git(repository.root, ['status', '--porcelain', '--', ...planSpec(repository)]);
  return { sha, short, date, dirty: Boolean(status) };
}
