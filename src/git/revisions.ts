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

/**
 * The plan's own changes, newest first: the binder's revision history. Only commits that change a file in the plan
 * folder count: in a repository that holds more than the plan, commits to its other files are not revisions of
 * the plan. Merges are left out, as the commits they bring are listed themselves.
 */
export async function planRevisions(repository: Repository, limit = 30): Promise<Revision[]> {
  const format = [`${RECORD}%H`, '%h', '%cs', '%an', '%s'].join(FIELD);
  const args = ['log', '--no-merges', `-${limit}`, `--format=${format}`, 'HEAD'];
  const out = await git(repository.root, [...args, '--', ...planSpec(repository)]);
  return (out ?? '')
    .split(RECORD)
    .map((commit) => commit.trim())
    .filter(Boolean)
    .map((commit) => {
      const [sha = '', short = '', date = '', author = '', subject = ''] = commit.split(FIELD);
      return { sha, short, date, author, subject };
    });
}

/** The commit the plan was built from; null in a repository with no commit yet. */
export async function sourceCommit(repository: Repository): Promise<SourceCommit | null> {
  const out = await git(repository.root, ['log', '-1', `--format=%H${FIELD}%h${FIELD}%cs`, 'HEAD']);
  if (!out) return null;
  const [sha = '', short = '', date = ''] = out.split(FIELD);
  const status = await git(repository.root, ['status', '--porcelain', '--', ...planSpec(repository)]);
  return { sha, short, date, dirty: Boolean(status) };
}
