import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { BoundedCache } from '../core/bounded-cache.js';

/** Where a repository keeps its state: its own git folder (HEAD, index) and the one it shares (refs, objects). */
export interface GitFolders {
  gitDir: string;
  commonDir: string;
}

/**
 * git's answers about committed history, remembered while the repository's refs stay as they were.
 *
 * `bcp watch` builds after every save, and each build asks git a dozen questions (the plan's commits, the names
 * its systems had, each version for the record of changes). Starting a process is the costly part of each, and
 * between two saves none of the answers changes unless a commit, checkout, fetch or reset moved a ref. So an
 * answer that depends only on committed objects (which never change) and on the refs is kept with a stamp of the
 * refs (HEAD, the branch it names, packed-refs, the shallow file), read from the git folder without starting git,
 * and reused while the stamp is the same. Questions about the working tree (`status`, `diff` against it) and
 * about a ref by name (`--base origin/main`) are always put to git.
 */
const folders = new Map<string, GitFolders>();
/** Bounded at 64 MB of answers: the medium plan's history many times over; a large plan's snapshots may not all stay. */
const answers = new BoundedCache<{ stamp: string; value: string | Buffer }>(
  64 * 1024 * 1024,
  ({ value }) => value.length,
);

/** Tells where the git folders of the repository that holds `cwd` are (learnt from `rev-parse`). */
export function learnFolders(cwds: readonly string[], found: GitFolders): void {
  for (const cwd of cwds) folders.set(path.resolve(cwd), found);
}

/** A commit named by its full id or as HEAD, alone, as a range, or with `^{commit}`. */
const FIXED_REVISION = /^(HEAD|[0-9a-f]{40})(\.\.(HEAD|[0-9a-f]{40}))?(\^\{commit\})?$/;
const FIXED_OBJECT = /^[0-9a-f]{40}:/;

/** Whether git's answer to `args` depends only on committed objects and the refs the stamp covers. */
export function aboutHistory(args: readonly string[]): boolean {
  const [command, ...rest] = args;
  const end = rest.indexOf('--');
  const before = end === -1 ? rest : rest.slice(0, end);
  const named = before.filter((arg) => !arg.startsWith('-'));
  switch (command) {
    case 'log':
    case 'ls-tree':
    case 'merge-base':
      return named.every((arg) => FIXED_REVISION.test(arg));
    case 'show':
      return named.length > 0 && named.every((arg) => FIXED_OBJECT.test(arg));
    case 'cat-file':
      return named.length === 0 && (before.includes('--batch') || before.includes('--batch-check'));
    case 'rev-parse':
      return named.length === 0 && before.every((arg) => REV_PARSE_LAYOUT.has(arg));
    default:
      return false;
  }
}

const REV_PARSE_LAYOUT = new Set([
  '--show-toplevel',
  '--show-prefix',
  '--absolute-git-dir',
  '--git-common-dir',
  '--is-shallow-repository',
]);

/**
 * git's answer to `args` in `cwd`: remembered when it is about history and the refs have not moved since, else
 * `ask` is called. Failures are never remembered: the next build asks again.
 */
export async function rememberedAnswer<T extends string | Buffer>(
  cwd: string,
  args: readonly string[],
  input: string | undefined,
  ask: () => Promise<{ ok: boolean; value?: T }>,
): Promise<{ ok: boolean; value?: T }> {
  const where = folders.get(path.resolve(cwd));
  if (!where || !aboutHistory(args)) return ask();
  const key = JSON.stringify([path.resolve(cwd), args, input ?? null]);
  const stamp = await refsStamp(where);
  const known = answers.get(key);
  if (stamp !== undefined && known?.stamp === stamp) return { ok: true, value: known.value as T };
  const answer = await ask();
  if (answer.ok && stamp !== undefined && answer.value !== undefined) answers.set(key, { stamp, value: answer.value });
  return answer;
}

/**
 * What the refs are now, read from the git folder: HEAD, the ref it names, packed-refs and the shallow file.
 * Undefined when any of it cannot be read, and then nothing is reused.
 */
export async function refsStamp({ gitDir, commonDir }: GitFolders): Promise<string | undefined> {
  try {
    const head = (await readFile(path.join(gitDir, 'HEAD'), 'utf8')).trim();
    const named = /^ref: (refs\/\S+)$/.exec(head)?.[1];
    const parts = await Promise.all([
      named === undefined ? '' : readFile(path.join(commonDir, named), 'utf8').catch(missing),
      fileStamp(path.join(commonDir, 'packed-refs')),
      fileStamp(path.join(commonDir, 'shallow')),
    ]);
    return [head, ...parts].join('\n');
  } catch {
    return undefined;
  }
}

async function fileStamp(file: string): Promise<string> {
  const info = await stat(file).catch(missing);
  return typeof info === 'string' ? info : `${info.mtimeMs} ${info.size} ${info.ino}`;
}

/** A file that is not there is part of the stamp (a branch with no commit yet, no packed refs); other errors are not. */
function missing(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT') return '-';
  throw error;
}

/** Forgets every answer and folder (tests). */
export function forgetAnswers(): void {
  answers.clear();
  folders.clear();
}
