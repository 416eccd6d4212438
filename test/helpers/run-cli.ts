import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './paths.js';

const execFileAsync = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Fails with the fix when the CLI was not compiled, instead of a confusing "module not found" from node. */
export function assertCompiled(): void {
  if (!existsSync(path.join(repoRoot, 'lib', 'cli', 'main.js'))) {
    throw new Error('lib/cli/main.js is missing: run `npm run compile` before these tests (`npm test` does it)');
  }
}

/** Runs `node bin/bcp.js ...args` from the repository root, as a real process, and never rejects on exit codes. */
export async function runCli(
  args: readonly string[],
  extraEnv: NodeJS.ProcessEnv = {},
  cwd: string = repoRoot,
): Promise<CliResult> {
  // No colours: assertions read plain text. BCP_TODAY is cleared so the user's shell cannot change results.
  const env = { ...process.env, NO_COLOR: '1', BCP_TODAY: '', ...extraEnv };
  try {
    const bin = path.join(repoRoot, 'bin', 'bcp.js');
    const { stdout, stderr } = await execFileAsync(process.execPath, [bin, ...args], { cwd, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}
