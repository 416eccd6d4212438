/**
 * File-system errors in plain words: what went wrong, with the path, and what to do. Any `err.code` bcp meets while
 * reading a plan or writing a build is mapped here; an error that is not a file-system error returns undefined and
 * stays a crash (a bug to report).
 */
const CAUSES: Record<string, { what: string; fix: string }> = {
  ENOSPC: { what: 'the disk is full', fix: 'free some space, or write to a folder on another disk' },
  EDQUOT: { what: 'the disk quota is used up', fix: 'free some space, or write to a folder on another disk' },
  EACCES: { what: 'permission denied', fix: 'check who owns it and its permissions, or use another folder' },
  EPERM: {
    what: 'the operation is not permitted',
    fix: 'check who owns it and its permissions, or use another folder',
  },
  EROFS: { what: 'the file system is read-only', fix: 'write to a folder on a writable disk' },
  ENOTDIR: { what: 'part of the path is a file, not a folder', fix: 'check the path; rename or move that file' },
  EISDIR: { what: 'it is a folder where a file was expected', fix: 'check the path; rename or move that folder' },
  EMFILE: { what: 'too many files are open', fix: 'raise the limit of open files (`ulimit -n 4096`) and run again' },
  ENFILE: { what: 'the system has too many files open', fix: 'close other programs, or raise the system limit' },
  ENOENT: { what: 'it does not exist', fix: 'check the path' },
  EEXIST: { what: 'something is already there', fix: 'move it away, or use another folder' },
  ENOTEMPTY: { what: 'the folder is not empty', fix: 'move its contents away, or use another folder' },
  EBUSY: { what: 'it is in use by another program', fix: 'close the program that holds it and run again' },
  EIO: { what: 'the disk reported an input/output error', fix: 'check the disk or the network share' },
  ELOOP: { what: 'it is a loop of symbolic links', fix: 'remove or fix the link' },
  ENAMETOOLONG: { what: 'the path is too long', fix: 'use a shorter folder name' },
  EXDEV: { what: 'it is on another disk', fix: 'keep --out on one disk' },
  ETXTBSY: { what: 'it is in use by a running program', fix: 'stop that program and run again' },
};

const FILE_IN_THE_WAY = {
  what: 'a file is there, where a folder is needed',
  fix: 'rename or move that file, or use another folder',
};

const ACTIONS: Record<string, string> = {
  open: 'open',
  read: 'read',
  write: 'write',
  close: 'write',
  mkdir: 'create the folder',
  mkdtemp: 'create a temporary folder in',
  scandir: 'read the folder',
  opendir: 'read the folder',
  rename: 'move',
  rm: 'remove',
  rmdir: 'remove',
  unlink: 'remove',
  copyfile: 'copy',
  stat: 'look at',
  lstat: 'look at',
  watch: 'watch',
};

export function isFsError(error: unknown): error is NodeJS.ErrnoException {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && code in CAUSES;
}

/** One sentence for a file-system error, or undefined when `error` is not one bcp knows. */
export function fsProblem(error: unknown): string | undefined {
  if (!isFsError(error)) return undefined;
  // mkdir -p reports a file in the way of a folder as EEXIST.
  const cause = error.code === 'EEXIST' && error.syscall === 'mkdir' ? FILE_IN_THE_WAY : CAUSES[error.code as string]!;
  const action = ACTIONS[error.syscall ?? ''] ?? 'use';
  const dest = (error as { dest?: string }).dest;
  const target = error.path ? ` \`${error.path}\`${dest ? ` to \`${dest}\`` : ''}` : '';
  return `cannot ${action}${target}: ${cause.what}; ${cause.fix}`;
}

/**
 * Gives a file-system error the path it was about: Node leaves it out of errors from `write` (a full disk is found
 * in the middle of writing, not at `open`).
 */
export async function naming<T>(file: string, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isFsError(error) && !error.path) error.path = file;
    throw error;
  }
}
