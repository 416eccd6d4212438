import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { rememberedAnswer } from './answers.js';

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
  const run = await gitResult(cwd, args);
  return run.ok ? run.stdout : undefined;
}

/** How long a fetch from the remote may take before bcp gives up and says so. */
const FETCH_TIMEOUT_MS = 120_000;

/**
 * Why git failed. `notStarted`: git could not be started at all (ENOENT), which is git missing from the PATH, or a
 * working folder that does not exist; never the same as "not a repository".
 */
export type GitFailure = {
  ok: false;
  /** git's last line: the reason a fetch failed. */
  reason: string;
  /** git's first line: what is wrong with a repository (the lines after it say how to fix it). */
  first: string;
  notStarted: boolean;
};

/**
 * Runs git and keeps its complaint when it fails: for fetches, whose reason ("could not read from remote") is the
 * reason a check was skipped. Never asks for a password: a CI job has nobody to answer.
 */
export async function gitResult(cwd: string, args: string[]): Promise<{ ok: true; stdout: string } | GitFailure> {
  let failed: GitFailure | undefined;
  const answer = await rememberedAnswer(cwd, args, undefined, async () => {
    const run = await runGit(cwd, args);
    if (run.ok) return { ok: true, value: run.stdout };
    failed = run;
    return { ok: false };
  });
  return failed ?? { ok: true, stdout: answer.value ?? '' };
}

async function runGit(cwd: string, args: string[]): Promise<{ ok: true; stdout: string } | GitFailure> {
  try {
    const { stdout } = await exec('git', [...STABLE_OUTPUT, ...args], {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
      env: {
        ...gitEnv(),
        GIT_TERMINAL_PROMPT: '0',
        GIT_SSH_COMMAND: process.env.GIT_SSH_COMMAND ?? 'ssh -o BatchMode=yes',
      },
      timeout: FETCH_TIMEOUT_MS,
    });
    return { ok: true, stdout: stdout.trim() };
  } catch (error) {
    return failure(error, args);
  }
}

function failure(error: unknown, args: string[]): GitFailure {
  const failed = error as { stderr?: string; message?: string; killed?: boolean; code?: unknown };
  if (failed.code === 'ENOENT') {
    const reason = 'git could not be started';
    return { ok: false, reason, first: reason, notStarted: true };
  }
  if (failed.killed) {
    const reason = `git ${args[0] ?? ''} took longer than two minutes`;
    return { ok: false, reason, first: reason, notStarted: false };
  }
  const said = (failed.stderr || failed.message || '').trim().split('\n').filter(Boolean);
  const line = (at: string | undefined): string => at?.replace(/^fatal: /, '') ?? 'git failed';
  return { ok: false, reason: line(said[said.length - 1]), first: line(said[0]), notStarted: false };
}

/**
 * Runs git and returns its output as bytes (blob contents must not be trimmed or decoded on the way), feeding it
 * `input` when given. Throws when git fails: callers ask for objects they were just told exist.
 */
export async function gitBytes(cwd: string, args: string[], input?: string): Promise<Buffer> {
  const answer = await rememberedAnswer(cwd, args, input, async () => ({
    ok: true,
    value: await bytesOf(cwd, args, input),
  }));
  return answer.value ?? Buffer.alloc(0);
}

function bytesOf(cwd: string, args: string[], input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const stdin = input === undefined ? 'ignore' : 'pipe';
    const child = spawn('git', [...STABLE_OUTPUT, ...args], { cwd, env: gitEnv(), stdio: [stdin, 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    const errors: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => errors.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(chunks));
      else reject(new Error(`git ${args[0]} failed: ${Buffer.concat(errors).toString('utf8').trim()}`));
    });
    // A git that stops early (a bad object) closes its input: the close handler reports why, not the broken pipe.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(input);
  });
}

/**
 * The contents of many blobs from one `git cat-file --batch` process (one process per file version would make a
 * long history slow). Undefined when git fails; a blob git cannot find is left out.
 */
export async function readBlobs(cwd: string, shas: readonly string[]): Promise<Map<string, string> | undefined> {
  const out = await catFile(cwd, '--batch', shas);
  return out && parseBatch(out);
}

/** The size in bytes of each blob, from one `git cat-file --batch-check`; blobs git cannot find are left out. */
export async function blobSizes(cwd: string, shas: readonly string[]): Promise<Map<string, number>> {
  const out = (await catFile(cwd, '--batch-check', shas))?.toString('utf8') ?? '';
  const sizes = new Map<string, number>();
  for (const line of out.split('\n')) {
    const [sha = '', type = '', size = ''] = line.split(' ');
    if (type === 'blob') sizes.set(sha, Number(size));
  }
  return sizes;
}

/** Runs `git cat-file <mode>` with the object names on its input; undefined when git fails. */
async function catFile(cwd: string, mode: string, shas: readonly string[]): Promise<Buffer | undefined> {
  if (shas.length === 0) return Buffer.alloc(0);
  const input = `${shas.join('\n')}\n`;
  const answer = await rememberedAnswer(cwd, ['cat-file', mode], input, async () => {
    const out = await catFileOnce(cwd, mode, input);
    return out === undefined ? { ok: false } : { ok: true, value: out };
  });
  return answer.value;
}

function catFileOnce(cwd: string, mode: string, input: string): Promise<Buffer | undefined> {
  return new Promise<Buffer | undefined>((resolve) => {
    const child = spawn('git', [...STABLE_OUTPUT, 'cat-file', mode], { cwd, env: gitEnv() });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', () => resolve(undefined));
    child.on('close', (code) => resolve(code === 0 ? Buffer.concat(chunks) : undefined));
    child.stdin.on('error', () => resolve(undefined));
    child.stdin.end(input);
  });
}

/** `<sha> blob <size>\n<content>\n` per blob, or `<sha> missing\n`. Sizes are bytes, so the output is read as bytes. */
function parseBatch(out: Buffer): Map<string, string> {
  const blobs = new Map<string, string>();
  let at = 0;
  while (at < out.length) {
    const end = out.indexOf(10, at);
    if (end < 0) break;
    const [sha = '', type = '', size = ''] = out.subarray(at, end).toString('utf8').split(' ');
    at = end + 1;
    if (type === 'missing' || size === '') continue;
    const length = Number(size);
    if (type === 'blob') blobs.set(sha, out.subarray(at, at + length).toString('utf8'));
    at += length + 1;
  }
  return blobs;
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

/** What `git --version` says, or undefined when git cannot be run: for `bcp doctor`. */
export async function gitVersion(env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  try {
    const { stdout } = await exec('git', ['--version'], { env, timeout: 15_000 });
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}
