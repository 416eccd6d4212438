import { mergeBase, resolveCommit } from '../git/commits.js';
import { isShallow } from '../git/repository.js';
import type { PlanRepository } from './git-snapshot.js';

/** The commit a change is compared with, or why there is none. */
export type BaseCommit =
  | { ok: true; sha: string; /** What the user gave, for the report: `origin/main`, `HEAD`. */ ref: string }
  | { ok: false; problem: string };

/**
 * The commit to compare with. For a pull request that is where the branch left its base (`git merge-base <base>
 * HEAD`), as GitHub shows it: changes merged into the base since are not this branch's. Without a base, the last
 * commit (HEAD), so that `bcp diff` shows what is not committed yet.
 */
export async function baseCommit(repository: PlanRepository, base: string | undefined): Promise<BaseCommit> {
  const { root } = repository;
  if (await isShallow(root)) {
    return {
      ok: false,
      problem:
        'the git history is shallow, so the plan at the base cannot be read; in GitHub Actions give ' +
        'actions/checkout `fetch-depth: 0`, elsewhere run `git fetch --filter=blob:none --unshallow`',
    };
  }
  const ref = base ?? 'HEAD';
  const sha = await resolveCommit(root, ref);
  if (!sha) {
    if (base === undefined) return { ok: false, problem: 'the repository has no commit yet to compare with' };
    const branch = base.replace(/^(refs\/remotes\/)?origin\//, '');
    return {
      ok: false,
      problem: `the base \`${base}\` was not found in this repository; fetch it first (\`git fetch origin ${branch}\`)`,
    };
  }
  if (base === undefined) return { ok: true, sha, ref };
  const since = await mergeBase(root, sha, 'HEAD');
  if (!since) return { ok: false, problem: `the base \`${base}\` shares no history with this branch` };
  return { ok: true, sha: since, ref };
}
