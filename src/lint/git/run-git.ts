import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/**
 * Variables that point git at a particular repository. A git hook sets some of them (GIT_DIR, GIT_INDEX_FILE), and
 * a `bcp check` run from a hook would then read that repository instead of the one holding the plan folder.
 */
const REPOSITORY_VARIABLES = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_COMMON_DIR',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_PREFIX',
  'GIT_IMPLICIT_WORK_TREE',
  'GIT_SHALLOW_FILE',
  'GIT_GRAFT_FILE',
];

/** The environment git runs in: the caller's, minus repository pointers, with fixed messages and no index lock. */
export function gitEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' };
  for (const name of REPOSITORY_VARIABLES) delete env[name];
  return env;
}

/** A user's git config must not change the output we parse (colours, signatures, quoted file names). */
const STABLE_OUTPUT = ['-c', 'color.ui=false', '-c', 'log.showSignature=false', '-c', 'core.quotePath=false'];

/** Runs git in `cwd` and returns its trimmed output, or undefined when git fails (not a repo, unknown ref). */
export async function git(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await exec('git', [...STABLE_OUTPUT, ...args], {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
      env: gitEnv(),
    });
    return stdout.trim();
  } catch {
    return undefined;
  }
}

/** Whether there is a git to run at all: without one, every question about history has no answer, not "no". */
export async function gitInstalled(): Promise<boolean> {
  try {
    await exec('git', ['--version'], { env: gitEnv() });
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}
