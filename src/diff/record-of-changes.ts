import { commitsTouching } from '../git/commits.js';
import { isShallow, type GitAccess } from '../git/repository.js';
import { inputAt } from './compare.js';
import { itemLabel } from './format/group.js';
import { planRepository, type PlanRepository } from './git-snapshot.js';
import { diffPlans } from './plan-diff.js';
import { versionAt } from './plan-version.js';
import type { DiffInput } from './types.js';

/** One version of the plan in its record of changes (NIST SP 800-34): when it came, and what it changed. */
export interface VersionRecord {
  version: string;
  /** YYYY-MM-DD: the date of the commit that set this version. */
  date: string;
  sha: string;
  /** What changed since the previous version, one line each; empty for the oldest version on record. */
  changes: string[];
  /** Changes left out of `changes` to keep the record readable. */
  more: number;
  /** The oldest version in the history: there is nothing before it to compare with. */
  first: boolean;
}

/** The versions shown: a binder's record needs the recent ones, and each version read costs a load of the plan. */
const VERSIONS = 8;
const LINES_PER_VERSION = 25;
const COMMITS_SEARCHED = 500;

/**
 * The record of changes, newest first: for each `plan.version` found in the history of plan.yaml, the commit that
 * set it and what the plan's meaning changed between the commit that set the previous version and that one, by
 * the same comparison as `bcp diff`, not from commit messages. Empty outside git or in a shallow clone.
 */
export async function recordOfChanges(access: GitAccess): Promise<VersionRecord[]> {
  const repository = planRepository(access);
  if (!repository) return [];
  if (await isShallow(repository.root)) return [];
  const transitions = await versionTransitions(repository);
  const shown = transitions.slice(-VERSIONS);
  const inputs = new Map<string, Promise<DiffInput>>();
  const input = (sha: string): Promise<DiffInput> => {
    if (!inputs.has(sha))
      inputs.set(
        sha,
        inputAt(repository, sha).then((r) => r.input),
      );
    return inputs.get(sha) as Promise<DiffInput>;
  };
  const records: VersionRecord[] = [];
  for (const transition of shown) {
    const index = transitions.indexOf(transition);
    const previous = transitions[index - 1];
    const lines = previous ? changeLines(diffPlans(await input(previous.sha), await input(transition.sha))) : [];
    records.push({
      ...transition,
      changes: lines.slice(0, LINES_PER_VERSION),
      more: Math.max(0, lines.length - LINES_PER_VERSION),
      first: index === 0,
    });
  }
  return records.reverse();
}

interface Transition {
  version: string;
  sha: string;
  date: string;
}

/** The commits, oldest first, at which plan.yaml's `plan.version` took a new value. */
async function versionTransitions(repository: PlanRepository): Promise<Transition[]> {
  const spec = `${repository.prefix}plan.yaml`;
  const commits = await commitsTouching(repository.root, [spec], { limit: COMMITS_SEARCHED });
  const transitions: Transition[] = [];
  for (const { sha, date } of commits.reverse()) {
    const version = await versionAt(repository, sha);
    if (version !== undefined && version !== transitions[transitions.length - 1]?.version) {
      transitions.push({ version, sha, date });
    }
  }
  return transitions;
}

function changeLines(diff: ReturnType<typeof diffPlans>): string[] {
  // The new version number is what the record is ordered by, not one of the changes.
  const changes = diff.changes.filter((change) => !(change.path[0] === 'plan' && change.path[1] === 'version'));
  return changes.map((change) => `${itemLabel(change.item)}: ${change.summary}`.replace(/`/g, ''));
}
