import { parse } from 'yaml';
import { findRepository, type Commit } from './git-facts.js';
import { git, readBlobs } from './run-git.js';

/** A name a system or vendor had in an earlier commit of the plan. */
export interface PastName {
  name: string;
  /** What it named: a system (by its name or an alias) or a vendor. */
  kind: 'system' | 'vendor';
  /** The newest commit that changed a version of a file holding it: for a name gone now, the one that removed it. */
  commit: Commit;
}

/** What the plan's history says about names it no longer has; gathered before lint so that rules do no I/O. */
export type PlanHistory =
  | { kind: 'unavailable'; reason: 'not-a-repository' | 'shallow' }
  /** `partial`: the history is longer than bcp reads, and older commits were left out. */
  | { kind: 'names'; names: PastName[]; partial: boolean };

/** Enough for years of plan changes, and few enough that lint stays fast on a long history. */
const MAX_COMMITS = 200;
const MAX_FILE_VERSIONS = 1000;
/** A version of a YAML file of the plan folder, and the newest commit it was added or replaced in. */
type Versions = Map<string, Commit>;

/** The system and vendor names of the plan folder's YAML files in its last commits (newest first, bounded). */
export async function planHistory(planDir: string): Promise<PlanHistory> {
  const repository = await findRepository(planDir);
  if (!repository) return { kind: 'unavailable', reason: 'not-a-repository' };
  const { root, planPrefix } = repository;
  if ((await git(root, ['rev-parse', '--is-shallow-repository'])) === 'true') {
    return { kind: 'unavailable', reason: 'shallow' };
  }
  const { versions, partial } = await fileVersions(root, planPrefix);
  const blobs = (await readBlobs(root, [...versions.keys()])) ?? new Map<string, string>();
  const names = new Map<string, PastName>();
  for (const [sha, commit] of versions) {
    const text = blobs.get(sha);
    if (text === undefined) continue;
    for (const found of namesIn(text, commit)) {
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
async function fileVersions(root: string, planPrefix: string): Promise<{ versions: Versions; partial: boolean }> {
  const spec = planPrefix === '' ? [] : [`:(top,literal)${planPrefix}`];
  const args = ['log', `-${MAX_COMMITS + 1}`, '--format=@@%H %cs', '--raw', '--no-abbrev', '--no-renames'];
  const out = (await git(root, [...args, '--', ...spec])) ?? '';
  const versions: Versions = new Map();
  let commit: Commit | undefined;
  let commits = 0;
  for (const line of out.split('\n')) {
    if (line.startsWith('@@')) {
      const [sha = '', date = ''] = line.slice(2).split(' ');
      commit = { sha, date };
      commits += 1;
      if (commits > MAX_COMMITS) return { versions, partial: true };
      continue;
    }
    // `:100644 100644 <old blob> <new blob> M\tpath`; a missing side is all zeros.
    const raw = /^:\d+ \d+ ([0-9a-f]+) ([0-9a-f]+) \w+\t(.+)$/.exec(line);
    if (!raw || !commit || !/\.ya?ml$/i.test(raw[3] ?? '')) continue;
    for (const sha of [raw[1], raw[2]]) {
      if (sha && !/^0+$/.test(sha) && !versions.has(sha)) versions.set(sha, commit);
    }
    if (versions.size >= MAX_FILE_VERSIONS) return { versions, partial: true };
  }
  return { versions, partial: false };
}

/** The names of systems (and their aliases) and vendors in one version of a YAML file; none if it does not parse. */
function namesIn(text: string, commit: Commit): PastName[] {
  if (!/^(systems|vendors):/m.test(text)) return [];
  let data: unknown;
  try {
    data = parse(text, { maxAliasCount: 0 });
  } catch {
    return [];
  }
  if (!isObject(data)) return [];
  const found: PastName[] = [];
  for (const system of listOf(data.systems)) {
    for (const name of [system.name, ...(Array.isArray(system.aliases) ? system.aliases : [])]) {
      if (typeof name === 'string' && name.trim() !== '') found.push({ name, kind: 'system', commit });
    }
  }
  for (const vendor of listOf(data.vendors)) {
    if (typeof vendor.name === 'string' && vendor.name.trim() !== '') {
      found.push({ name: vendor.name, kind: 'vendor', commit });
    }
  }
  return found;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}
