import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { GitAccess } from '../git/repository.js';
import { planFilesAt } from '../git/tree.js';
import { loadPlan, type LoadedPlan } from '../load/load-plan.js';

/** Where the plan folder sits in its repository, as git sees it. */
export interface PlanRepository {
  root: string;
  /** The plan folder inside the repository, with a trailing `/`, or '' at the root. */
  prefix: string;
}

/** The plan's repository when git can read it; `access` says why not otherwise. */
export function planRepository(access: GitAccess): PlanRepository | undefined {
  return access.state === 'available' ? { root: access.root, prefix: access.planPrefix } : undefined;
}

/** A plan as it was at a commit, loaded by the same loader as the working tree. */
export interface PlanSnapshot {
  loaded: LoadedPlan;
  /** Removes the temporary folder the snapshot was read from. */
  dispose(): Promise<void>;
}

/**
 * Reads the plan folder as it was at `commit` into a temporary folder and loads it with `loadPlan`: one loader
 * for the working tree and for history, so both read YAML, Markdown and ids the same way. Symbolic links and
 * submodules are left out, as the working-tree loader skips them too. Undefined when the folder did not exist then.
 */
export async function planAtCommit(repository: PlanRepository, commit: string): Promise<PlanSnapshot | undefined> {
  const files = await planFilesAt(repository.root, repository.prefix, commit);
  if (files.length === 0) return undefined;
  const dir = await mkdtemp(path.join(tmpdir(), 'bcp-snapshot-'));
  const dispose = (): Promise<void> => rm(dir, { recursive: true, force: true });
  try {
    for (const { relative, bytes } of files) {
      const file = path.join(dir, ...relative.split('/'));
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, bytes);
    }
    return { loaded: await loadPlan(dir), dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
