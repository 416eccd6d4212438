import { loadPlan, type LoadedPlan } from '../load/load-plan.js';
import { openRepository, whyUnavailable, type GitAccess } from '../git/repository.js';
import { baseCommit } from './base-commit.js';
import { planAtCommit, planRepository, type PlanRepository } from './git-snapshot.js';
import { diffPlans, type PlanDiff } from './plan-diff.js';
import type { DiffInput } from './types.js';

/** A comparison of the plan at a base commit with the plan in the working tree. */
export type PlanComparison =
  | {
      ok: true;
      /** The ref the user gave (`origin/main`, `HEAD`) and the commit compared with (the merge base). */
      base: { ref: string; sha: string };
      diff: PlanDiff;
      /** Things the reader should know about the comparison (a plan that did not load cleanly). */
      notes: string[];
    }
  | { ok: false; problem: string };

/** Compares the plan folder in the working tree (`loaded`, when it was read already) with the same folder at `base` (default HEAD). */
export async function comparePlan(
  planDir: string,
  base?: string,
  loaded?: LoadedPlan,
  access?: GitAccess,
): Promise<PlanComparison> {
  const git = access ?? (await openRepository(planDir));
  if (git.state === 'unavailable')
    return { ok: false, problem: `${whyUnavailable(git, planDir)}, so there is no base` };
  const repository = planRepository(git) as PlanRepository;
  const commit = await baseCommit(repository, base);
  if (!commit.ok) return commit;
  const now = loaded ?? (await loadPlan(planDir));
  const old = await inputAt(repository, commit.sha);
  const notes = [...loadNotes('this version', now), ...old.notes];
  const diff = diffPlans(old.input, toInput(now));
  return { ok: true, base: { ref: commit.ref, sha: commit.sha }, diff, notes };
}

type Snapshot = { input: DiffInput; notes: string[] };

/**
 * Plans read at commits, which never change: `bcp watch` rebuilds the record of changes and checks the printed
 * copies on every save, and reading the same commits again each time would make every rebuild slow. Nothing
 * downstream changes a DiffInput (the diff copies the base before it rewrites renamed ids).
 */
const snapshots = new Map<string, Promise<Snapshot>>();
const SNAPSHOT_LIMIT = 16;

/** The plan at a commit as diff input; an empty plan when the folder did not exist then. */
export function inputAt(repository: PlanRepository, sha: string): Promise<Snapshot> {
  const key = `${repository.root}\0${repository.prefix}\0${sha}`;
  let snapshot = snapshots.get(key);
  if (!snapshot) {
    if (snapshots.size >= SNAPSHOT_LIMIT) snapshots.clear();
    snapshot = readInput(repository, sha);
    snapshots.set(key, snapshot);
    snapshot.catch(() => snapshots.delete(key));
  }
  return snapshot;
}

async function readInput(repository: PlanRepository, sha: string): Promise<Snapshot> {
  const snapshot = await planAtCommit(repository, sha);
  if (!snapshot)
    return { input: { data: {}, markdown: new Map() }, notes: [`the plan folder did not exist at ${short(sha)}`] };
  try {
    return { input: toInput(snapshot.loaded), notes: loadNotes(`the base (${short(sha)})`, snapshot.loaded) };
  } finally {
    await snapshot.dispose();
  }
}

export function toInput(loaded: LoadedPlan): DiffInput {
  const markdown = new Map([...loaded.markdown].map(([relative, file]) => [relative, file.text]));
  return { data: loaded.data, markdown };
}

function loadNotes(which: string, loaded: LoadedPlan): string[] {
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors === 0) return [];
  return [
    `${which} of the plan has ${errors} problem${errors === 1 ? '' : 's'} reading its files (run \`bcp validate\`); what could not be read is not compared`,
  ];
}

export const short = (sha: string): string => sha.slice(0, 7);
