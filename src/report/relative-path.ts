import path from 'node:path';

/**
 * A diagnostic's file as CI tools want it: relative to the repository root (the working directory), with
 * forward slashes, never absolute. Without a root, the process's working directory stands in.
 */
export function repoRelativePath(file: string, root: string | undefined): string {
  const base = root ?? process.cwd();
  const relative = path.relative(base, path.resolve(base, file));
  return relative.split(path.sep).join('/');
}
