import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { git, gitEnv } from '../lint/git/run-git.js';
import { loadPlan, type LoadedPlan } from '../load/load-plan.js';

/** Where the plan folder sits in its repository, as git sees it. */
export interface PlanRepository {
  root: string;
  /** The plan folder inside the repository, with a trailing `/`, or '' at the root. */
  prefix: string;
}

export async function planRepository(planDir: string): Promise<PlanRepository | undefined> {
  const out = await git(planDir, ['rev-parse', '--show-toplevel', '--show-prefix']);
  if (out === undefined) return undefined;
  const [root = '', prefix = ''] = out.split('\n');
  return root ? { root, prefix } : undefined;
}

/** A plan as it was at a commit, loaded by the same loader as the working tree. */
export interface PlanSnapshot {
  loaded: LoadedPlan;
  /** Removes the temporary folder the snapshot was read from. */
  dispose(): Promise<void>;
}

interface TreeEntry {
  mode: string;
  sha: string;
  /** Path inside the plan folder. */
  relative: string;
}

/**
 * Reads the plan folder as it was at `commit` into a temporary folder and loads it with `loadPlan`: one loader
 * for the working tree and for history, so both read YAML, Markdown and ids the same way. Symbolic links and
 * submodules are left out, as the working-tree loader skips them too. Undefined when the folder did not exist then.
 */
export async function planAtCommit(repository: PlanRepository, commit: string): Promise<PlanSnapshot | undefined> {
  const entries = await treeEntries(repository, commit);
  if (entries.length === 0) return undefined;
  const dir = await mkdtemp(path.join(tmpdir(), 'bcp-snapshot-'));
  const dispose = (): Promise<void> => rm(dir, { recursive: true, force: true });
  try {
    const blobs = await readBlobs(
      repository.root,
      entries.map((entry) => entry.sha),
    );
    for (const [index, entry] of entries.entries()) {
      const file = path.join(dir, ...entry.relative.split('/'));
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, blobs[index] ?? Buffer.alloc(0));
    }
    return { loaded: await loadPlan(dir), dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

async function treeEntries(repository: PlanRepository, commit: string): Promise<TreeEntry[]> {
  const spec = repository.prefix === '' ? [] : ['--', repository.prefix];
  const out = await gitBuffer(repository.root, ['ls-tree', '-r', '-z', '--full-tree', commit, ...spec]);
  const entries: TreeEntry[] = [];
  for (const record of out.toString('utf8').split('\0')) {
    const match = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(record);
    if (!match) continue;
    const [, mode = '', type = '', sha = '', file = ''] = match;
    // Regular files only: 120000 is a symbolic link, 160000 a submodule.
    if (type !== 'blob' || !mode.startsWith('100')) continue;
    entries.push({ mode, sha, relative: file.slice(repository.prefix.length) });
  }
  return entries;
}

/** Every blob's bytes through one `git cat-file --batch`: a large plan has thousands of files. */
async function readBlobs(root: string, shas: readonly string[]): Promise<Buffer[]> {
  const out = await gitBuffer(root, ['cat-file', '--batch'], `${shas.join('\n')}\n`);
  const blobs: Buffer[] = [];
  let offset = 0;
  for (let i = 0; i < shas.length; i++) {
    const headerEnd = out.indexOf(0x0a, offset);
    const header = out.subarray(offset, headerEnd).toString('utf8');
    const size = Number(header.split(' ')[2]);
    if (!Number.isInteger(size)) throw new Error(`git cat-file could not read ${shas[i]}: ${header}`);
    blobs.push(out.subarray(headerEnd + 1, headerEnd + 1 + size));
    offset = headerEnd + 1 + size + 1;
  }
  return blobs;
}

/** Runs git and returns its stdout as bytes: blob contents must not be trimmed or decoded on the way. */
function gitBuffer(cwd: string, args: string[], input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const stdin = input === undefined ? 'ignore' : 'pipe';
    const child = spawn('git', ['-c', 'core.quotePath=false', ...args], {
      cwd,
      env: gitEnv(),
      stdio: [stdin, 'pipe', 'pipe'],
    });
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
