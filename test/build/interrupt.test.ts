import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths.js';
import { groupsUsing, runningWith, stillRunning } from '../helpers/processes.js';
import { assertCompiled, runCli } from '../helpers/run-cli.js';

const today = ['--today', '2026-11-02'];

/** Every file under `dir` with its SHA-256: equal before and after means the output was not touched. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: Record<string, string> = {};
  for (const entry of entries.filter((e) => e.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, file)] = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
  }
  return files;
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, ms = 60_000, every = 50): Promise<T> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const found = await probe();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, every));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('a signal during bcp build', () => {
  let dir: string;
  let out: string;
  let before: Record<string, string>;
  const temps: string[] = [];
  beforeAll(async () => {
    assertCompiled();
    dir = await mkdtemp(path.join(tmpdir(), 'bcp-interrupt-'));
    out = path.join(dir, 'dist');
    expect((await runCli(['build', 'plan', '--no-pdf', '--out', out, ...today])).code).toBe(0);
    before = await snapshot(out);
  });
  afterAll(async () => {
    for (const folder of [dir, ...temps]) await rm(folder, { recursive: true, force: true });
  });

  it.each([
    ['SIGINT', 'the print', 130],
    ['SIGTERM', 'the print', 143],
    // Before puppeteer has handed back Chromium's pid: found by its profile folder in /proc.
    ['SIGINT', 'Chromium’s start', 130],
  ] as const)(
    '%s during %s kills Chromium’s process group, removes every temporary folder and keeps the output',
    async (signal, stage, code) => {
      // A temporary folder of its own, so that "nothing left behind" is an empty listing; short, as a user's
      // TMPDIR is (Chromium's socket path in it has at most 107 bytes).
      const temp = await mkdtemp(path.join(tmpdir(), 'bt-'));
      temps.push(temp);
      const child = spawn(process.execPath, ['bin/bcp.js', 'build', 'plan', '--out', out, ...today], {
        cwd: repoRoot,
        env: { ...process.env, TMPDIR: temp, NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (status) => resolve(status)));
      const starting = stage === 'Chromium’s start';
      const profile = await waitFor(
        'Chromium to start',
        async () => {
          const name = (await readdir(temp)).find((entry) => entry.startsWith(`bcp-chromium-${child.pid}-`));
          if (!name) return undefined;
          const groups = await groupsUsing(path.join(temp, name));
          return groups.length > 0 || starting ? { name, groups } : undefined;
        },
        60_000,
        starting ? 5 : 50,
      );
      if (!starting) {
        expect(profile.groups, 'Chromium runs in a process group of its own').not.toContain(child.pid);
        // Let Chromium get on with the print: its renderer and GPU processes are up.
        await new Promise((resolve) => setTimeout(resolve, 1500));
      }

      expect(child.exitCode, `bcp ended before the signal: ${stderr}`).toBe(null);
      child.kill(signal);
      expect(await exited, stderr).toBe(code);
      expect(stderr.trim().split('\n')).toEqual([expect.stringContaining(`bcp: stopped by ${signal}`)]);
      expect(await stillRunning(profile.groups), 'no Chromium process is left').toEqual([]);
      expect(await runningWith(temp), 'no process runs with a folder in TMPDIR').toEqual([]);
      expect(await readdir(temp), 'no temporary folder is left').toEqual([]);
      expect(await readdir(dir), 'no staging folder or lock beside the output').toEqual(['dist']);
      expect(await snapshot(out), 'the previous output is byte-identical').toEqual(before);
    },
    120_000,
  );

  it('during the check (SIGHUP) exits 129 with one line and leaves nothing', async () => {
    const child = spawn(process.execPath, ['bin/bcp.js', 'build', 'plan', '--no-pdf', '--out', out, ...today], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (status) => resolve(status)));
    // The lock is the first thing a build makes: by then the signal handlers are in place.
    await waitFor('the lock', async () => ((await readdir(dir)).includes('.dist.bcp-lock') ? true : undefined));
    child.kill('SIGHUP');
    expect(await exited).toBe(129);
    expect(stderr.trim().split('\n')).toEqual([expect.stringContaining('bcp: stopped by SIGHUP')]);
    expect((await readdir(dir)).filter((name) => name.startsWith('.'))).toEqual([]);
    expect(await snapshot(out)).toEqual(before);
  });
});
