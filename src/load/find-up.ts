import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The root of the git repository that holds `dir`: the nearest folder upward with a `.git` (a folder, or a file in
 * a worktree or submodule). Found without running git, so it works where git is missing too.
 */
export function findRepositoryRoot(dir: string): string | undefined {
  for (const folder of upward(path.resolve(dir))) {
    if (existsSync(path.join(folder, '.git'))) return folder;
  }
  return undefined;
}

/**
 * The nearest file called `name` from `dir` upward, stopping at the repository root (as ESLint and markdownlint-cli2
 * look up their config): a config in a parent project outside the repository is never picked up by surprise.
 */
export function findUp(name: string, dir: string): string | undefined {
  const root = findRepositoryRoot(dir);
  for (const folder of upward(path.resolve(dir))) {
    const candidate = path.join(folder, name);
    if (existsSync(candidate)) return candidate;
    if (folder === root) return undefined;
  }
  return undefined;
}

function* upward(start: string): Generator<string> {
  let folder = start;
  for (;;) {
    yield folder;
    const parent = path.dirname(folder);
    if (parent === folder) return;
    folder = parent;
  }
}
