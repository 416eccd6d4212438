import { lines, type Commit } from './commits.js';
import { PastNameReader, type PastName } from './past-names.js';

export type { PastName };
import type { Repository, UnavailableReason } from './repository.js';
import { blobSizes, git, readBlobs } from './run-git.js';

/** What the plan's history says about names it no longer has; gathered before lint so that rules do no I/O. */
export type PlanHistory =
  | { kind: 'unavailable'; reason: UnavailableReason | 'shallow' }
  /** `partial`: the history is longer than bcp reads, and older commits were left out. */
  | { kind: 'names'; names: PastName[]; partial: boolean };

/** Enough for years of plan changes, and few enough that lint stays fast on a long history. */
const MAX_COMMITS = 200;
const MAX_FILE_VERSIONS = 1000;
/** Old versions past this many bytes are left out: reading them stays well under a second. */
const MAX_BYTES = 32 * 1024 * 1024;
/** A version of a YAML file of the plan folder, and the newest commit it was added or replaced in. */
type Versions = Map<string, Commit>;

/** The system and vendor names of the plan folder's YAML files in its last commits (newest first, bounded). */
export async function pastNames(repository: Repository): Promise<PlanHistory> {
  const { root, planPrefix } = repository;
  const found = await fileVersions(root, planPrefix);
  // The committed versions of files that are unchanged now hold today's names, which the plan itself has.
  const unchanged = await unchangedNow(root, planPrefix);
  for (const { sha } of unchanged) found.versions.delete(sha);
  // Only files with older versions are read as they are now: most of a large plan never changed.
  const changedPaths = new Set([...found.versions.keys()].map((sha) => found.paths.get(sha)));
  const current = unchanged.filter(({ path }) => changedPaths.has(path)).map(({ sha }) => sha);
  const { versions, partial } = await withinBudget(root, found);
  const blobs = (await readBlobs(root, [...current, ...versions.keys()])) ?? new Map<string, string>();
  const names = new Map<string, PastName>();
  const reader = new PastNameReader();
  for (const sha of current) reader.knowCurrent(blobs.get(sha) ?? '');
  for (const [sha, commit] of versions) {
    const text = blobs.get(sha);
    if (text === undefined) continue;
    for (const found of reader.namesIn(text, commit)) {
      const key = `${found.kind} ${found.name}`;
      const known = names.get(key);
      if (!known || known.commit.date < found.commit.date) names.set(key, found);
    }
  }
  return { kind: 'names', names: [...names.values()], partial };
}

/**
 * Every version of a YAML file under the plan folder that the last commits added or replaced, read from
 * `git log --raw` (one process for the whole history). --no-renames: a moved file is one removed and one added.
 */
async function fileVersions(
  root: string,
  planPrefix: string,
): Promise<{ versions: Versions; paths: Map<string, string>; partial: boolean }> {
  const spec = planPrefix === '' ? [] : [`:(top,literal)${planPrefix}`];
  const args = ['log', `-${MAX_COMMITS + 1}`, '--format=@@%H %cs', '--raw', '--no-abbrev', '--no-renames'];
  const out = (await git(root, [...args, '--', ...spec])) ?? '';
  const versions: Versions = new Map();
  /** Each version's file, to read the same file as it is now. */
  const paths = new Map<string, string>();
  let commit: Commit | undefined;
  let commits = 0;
  for (const line of out.split('\n')) {
    if (line.startsWith('@@')) {
      const [sha = '', date = ''] = line.slice(2).split(' ');
      commit = { sha, date };
      commits += 1;
      if (commits > MAX_COMMITS) return { versions, paths, partial: true };
      continue;
    }
    // `:100644 100644 <old blob> <new blob> M\tpath`; a missing side is all zeros.
    const raw = /^:\d+ \d+ ([0-9a-f]+) ([0-9a-f]+) \w+\t(.+)$/.exec(line);
    if (!raw || !commit || !/\.ya?ml$/i.test(raw[3] ?? '')) continue;
    for (const sha of [raw[1], raw[2]]) {
      if (sha && !/^0+$/.test(sha) && !versions.has(sha)) {
        versions.set(sha, commit);
        paths.set(sha, raw[3] ?? '');
      }
    }
    if (versions.size >= MAX_FILE_VERSIONS) return { versions, paths, partial: true };
  }
  return { versions, paths, partial: false };
}

/** The blobs of HEAD's files under the plan folder that the working tree has not changed. */
async function unchangedNow(root: string, planPrefix: string): Promise<{ sha: string; path: string }[]> {
  const spec = planPrefix === '' ? [] : [`:(top,literal)${planPrefix}`];
  const changed = new Set(lines(await git(root, ['diff', '--name-only', '--no-renames', 'HEAD', '--', ...spec])));
  const tree = lines(await git(root, ['ls-tree', '-r', '--full-tree', 'HEAD', '--', ...spec]));
  // `<mode> blob <sha>\t<path>`
  return tree.flatMap((line) => {
    const [meta = '', file = ''] = line.split('\t');
    const sha = meta.split(' ')[2];
    return sha && !changed.has(file) ? [{ sha, path: file }] : [];
  });
}

/** The newest versions whose sizes add up to at most MAX_BYTES (sizes from `git cat-file --batch-check`). */
async function withinBudget(
  root: string,
  { versions, partial }: { versions: Versions; partial: boolean },
): Promise<{ versions: Versions; partial: boolean }> {
  const sizes = await blobSizes(root, [...versions.keys()]);
  const kept: Versions = new Map();
  let bytes = 0;
  for (const [sha, commit] of versions) {
    bytes += sizes.get(sha) ?? 0;
    if (bytes > MAX_BYTES) return { versions: kept, partial: true };
    kept.set(sha, commit);
  }
  return { versions: kept, partial };
}
