import path from 'node:path';

/**
 * A diagnostic's file as CI tools want it: relative to the repository root, with forward slashes, never absolute.
 * `file` is read from `cwd` (where bcp ran); without a root, the working directory stands in.
 */
export function repoRelativePath(file: string, root: string | undefined, cwd: string = process.cwd()): string {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(root ?? cwd, absolute);
  return relative.split(path.sep).join('/');
}
