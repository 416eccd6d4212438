import { commitOf, commitsTouching } from '../git/commits.js';
import { isShallow, openRepository, whyUnavailable, type GitAccess } from '../git/repository.js';
import type { LoadedPlan } from '../load/load-plan.js';
import type { Copy, Printing } from '../core/plan.generated.js';
import { inputAt, toInput } from './compare.js';
import { planRepository, type PlanRepository } from './git-snapshot.js';
import { diffPlans } from './plan-diff.js';
import { versionAt } from './plan-version.js';
import type { DiffInput, PlanChange } from './types.js';

/** What history says about one printed copy of the plan (`plan.copies[index]` with `printed`). */
export interface PrintedCopyFacts {
  index: number;
  /** The commit the copy was made from, when bcp could tell. */
  from?: { sha: string; date: string };
  /** Changes since then that a reader in an outage would act on differently; empty when the copy is current. */
  changes: PlanChange[];
  /** Why bcp cannot tell whether the copy is current. */
  problem?: string;
  /** Outside git: the plan's version moved on from the copy's (the only thing bcp can tell then). */
  versionNow?: string;
}

/** How many plan commits are searched for the one a version was printed from. */
const SEARCH_LIMIT = 500;

/**
 * For each copy that says when and from what it was printed, the outage-relevant changes since: the plan at
 * the copy's commit compared with the plan now, by the same diff as `bcp diff`. The commit is the one written on
 * the copy; else the newest plan commit with the copy's version, printed on or before the day it was printed;
 * else the newest plan commit on or before that day. Outside git only the version can be compared.
 */
export async function printedCopyFacts(loaded: LoadedPlan, access?: GitAccess): Promise<PrintedCopyFacts[]> {
  const copies = (loaded.data.plan?.copies ?? []).map((copy, index) => ({ copy, index }));
  const printed = copies.filter((entry): entry is { copy: Copy & { printed: Printing }; index: number } =>
    Boolean(entry.copy.printed),
  );
  if (printed.length === 0) return [];
  const git = access ?? (await openRepository(loaded.dir));
  const version = loaded.data.plan?.version;
  if (git.state === 'unavailable') {
    // Outside git only the version can be compared; with git missing or unreadable, the history is there but unread.
    if (git.reason === 'not-a-repository')
      return printed.map(({ copy, index }) => withoutGit(index, copy.printed, version));
    const problem = whyUnavailable(git, loaded.dir);
    return printed.map(({ index }) => ({ index, changes: [], problem }));
  }
  const repository = planRepository(git) as PlanRepository;
  if (await isShallow(repository.root)) {
    const problem = 'the git history is shallow (fetch it whole, `fetch-depth: 0` in GitHub Actions)';
    return printed.map(({ index }) => ({ index, changes: [], problem }));
  }
  const now = toInput(loaded);
  const inputs = new Map<string, Promise<DiffInput>>();
  const facts: PrintedCopyFacts[] = [];
  for (const { copy, index } of printed) {
    const from = await printedFrom(repository, copy.printed);
    if ('problem' in from) {
      facts.push({ index, changes: [], problem: from.problem });
      continue;
    }
    if (!inputs.has(from.sha))
      inputs.set(
        from.sha,
        inputAt(repository, from.sha).then((r) => r.input),
      );
    const then = await (inputs.get(from.sha) as Promise<DiffInput>);
    const changes = diffPlans(then, now).changes.filter((change) => change.outageRelevant);
    facts.push({ index, from, changes });
  }
  return facts;
}

function withoutGit(index: number, printed: Printing, version: string | undefined): PrintedCopyFacts {
  if (printed.version !== undefined && version !== undefined && printed.version !== version) {
    return { index, changes: [], versionNow: version };
  }
  return { index, changes: [] };
}

type From = { sha: string; date: string } | { problem: string };

async function printedFrom(repository: PlanRepository, printed: Printing): Promise<From> {
  const { root, prefix } = repository;
  if (printed.commit !== undefined) {
    const commit = await commitOf(root, printed.commit);
    return commit ?? { problem: `commit ${printed.commit} is not in this repository's history` };
  }
  const spec = prefix === '' ? [] : [prefix];
  const until = printed.on;
  if (printed.version === undefined) {
    const [commit] = await commitsTouching(root, spec, { limit: 1, until });
    return commit ?? { problem: `no commit changed the plan on or before ${printed.on}` };
  }
  for (const commit of await commitsTouching(root, spec, { limit: SEARCH_LIMIT, until })) {
    if ((await versionAt(repository, commit.sha)) === printed.version) return commit;
  }
  return { problem: `no commit of the plan on or before ${printed.on} has version ${printed.version}` };
}
