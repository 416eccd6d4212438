import type { GitFacts } from './git-facts.js';
import { techFacts } from './git-facts.js';
import { pastNames, type PlanHistory } from './plan-history.js';
import { deepenIfShallow, isShallow, openRepository, type GitAccess } from './repository.js';
import { planRevisions, sourceCommit, type Revision, type SourceCommit } from './revisions.js';

/**
 * Everything the plan's history says, read once per run and handed to lint, diff and render as data: rules and
 * templates never run git. When git cannot answer, `access` and `shallow` say why, and each part says so too.
 */
export interface PlanGitHistory {
  access: GitAccess;
  /** Why the clone is still shallow after bcp tried to fetch the rest; undefined when the history is whole. */
  shallow?: string;
  /** The tech paths against the plan folder (tech-change-not-reflected); undefined when the plan names none. */
  tech: GitFacts | undefined;
  /** Names the plan's earlier commits gave systems and vendors (stale-tool-reference). */
  pastNames: PlanHistory;
  /** The plan's own commits, newest first: the binder's revision history. */
  revisions: Revision[];
  /** The commit the outputs are built from. */
  sourceCommit: SourceCommit | null;
}

export interface GatherOptions {
  /** `plan.tech_paths`: globs from the repository root whose change means the tech stack changed. */
  techPaths?: readonly string[];
  /** In a pull request: the base branch (`--base origin/main`). */
  base?: string;
}

export async function gatherPlanHistory(planDir: string, options: GatherOptions = {}): Promise<PlanGitHistory> {
  const techPaths = options.techPaths ?? [];
  const access = await openRepository(planDir);
  if (access.state === 'unavailable') {
    const tech = access.reason === 'git-missing' && techPaths.length > 0 ? ({ kind: 'no-git' } as const) : undefined;
    const pastNames = { kind: 'unavailable', reason: access.reason } as const;
    return { access, tech, pastNames, revisions: [], sourceCommit: null };
  }
  // Settled once, before anything reads the history: a shallow clone has no older commits to compare with, and
  // saying "up to date" then would be a guess. The rest is fetched only for the tech-change check, as before.
  const shallow = techPaths.length > 0 ? await deepenIfShallow(access.root) : await shallowReason(access.root);
  const [revisions, commit] = await Promise.all([planRevisions(access), sourceCommit(access)]);
  const common = { access, revisions, sourceCommit: commit };
  if (shallow !== undefined) {
    const tech = techPaths.length > 0 ? ({ kind: 'shallow', reason: shallow } as const) : undefined;
    return { ...common, shallow, tech, pastNames: { kind: 'unavailable', reason: 'shallow' } };
  }
  const [tech, names] = await Promise.all([
    techPaths.length > 0 ? techFacts(access, techPaths, options.base) : undefined,
    pastNames(access),
  ]);
  return { ...common, tech, pastNames: names };
}

/** The tech-change facts alone, for library users who lint without the rest. */
export async function gitFacts(
  planDir: string,
  techPaths: readonly string[],
  base?: string,
): Promise<GitFacts | undefined> {
  return (await gatherPlanHistory(planDir, { techPaths, ...(base === undefined ? {} : { base }) })).tech;
}

async function shallowReason(root: string): Promise<string | undefined> {
  return (await isShallow(root)) ? 'the clone is shallow' : undefined;
}
