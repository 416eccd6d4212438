import { execFileSync, spawnSync } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths.js';
import { assertCompiled, runCli } from '../helpers/run-cli.js';

const today = ['--today', '2026-11-02'];
const isRoot = process.getuid?.() === 0;

/** Runs bcp under `sh -c` so that a shell limit (`ulimit -n`) or another user applies to it. */
function runShell(script: string, env: NodeJS.ProcessEnv = {}): { code: number; stdout: string; stderr: string } {
  const result = spawnSync('sh', ['-c', script], {
    cwd: repoRoot,
    env: { ...process.env, NO_COLOR: '1', BCP_TODAY: '', ...env },
    encoding: 'utf8',
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A tmpfs of `size` mounted at `dir` (root only): a real small or read-only disk. */
function mountTmpfs(dir: string, options: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('file-system faults are messages, not crashes', () => {
  let dir: string;
  beforeAll(async () => {
    assertCompiled();
    dir = await mkdtemp(path.join(tmpdir(), 'bcp-fs-faults-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('refuses an --out that names a regular file, or a path under one, and leaves the file alone', async () => {
    const file = path.join(dir, 'binder-notes.txt');
    await writeFile(file, 'my notes');
    const asFile = await runCli(['build', 'plan', '--no-pdf', '--out', file, ...today]);
    expect(asFile.code).toBe(2);
    expect(asFile.stderr).toBe(
      `bcp: \`${file}\` is a file, not a folder; give --out a folder (bcp writes site/ and binder.pdf into it)\n`,
    );
    const under = await runCli(['build', 'plan', '--no-pdf', '--out', path.join(file, 'dist'), ...today]);
    expect(under.code).toBe(2);
    expect(under.stderr).toBe(
      `bcp: cannot create the folder \`${file}\`: a file is there, where a folder is needed; rename or move that file, or use another folder. \`${path.join(file, 'dist')}\` was left as it was\n`,
    );
    expect(await readFile(file, 'utf8')).toBe('my notes');
  });

  it('creates the folders above an --out that do not exist yet', async () => {
    const out = path.join(dir, 'not', 'yet', 'dist');
    const result = await runCli(['build', 'plan', '--no-pdf', '--out', out, ...today]);
    expect(result.stderr).toBe('');
    expect(await readdir(path.dirname(out))).toEqual(['dist']);
  });

  it('reads a plan of 2,000 YAML files under `ulimit -n 128`', async () => {
    const plan = path.join(dir, 'many-files');
    await cp('plan', plan, { recursive: true });
    await mkdir(path.join(plan, 'casuals'));
    for (let i = 1; i <= 2000; i++) {
      const person = `people:\n  - id: casual-${i}\n    name: Casual Packer ${i}\n    role: Casual packer\n    phone: '+61 491 570 ${i % 1000}'\n    deputy: eleanor-hartley\n`;
      await writeFile(path.join(plan, 'casuals', `casual-${i}.yaml`), person);
    }
    const validate = runShell(`ulimit -n 128 && exec node bin/bcp.js validate '${plan}'`);
    expect(validate.stderr).toBe('');
    expect(validate.stdout).toContain('the plan is valid');
    const out = path.join(dir, 'many-files-out');
    const build = runShell(
      `ulimit -n 128 && exec node bin/bcp.js build '${plan}' --no-pdf --out '${out}' --today 2026-11-02`,
    );
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
  }, 120_000);

  it('refuses a second build into an output that another bcp holds, naming its pid and start time', async () => {
    const out = path.join(dir, 'locked');
    const lock = path.join(dir, '.locked.bcp-lock');
    const started = '2026-11-02T09:30:00.000Z';
    await writeFile(lock, JSON.stringify({ pid: process.pid, started, host: hostname() }));
    const held = await runCli(['build', 'plan', '--no-pdf', '--out', out, ...today]);
    expect(held.code).toBe(2);
    expect(held.stderr).toContain(`another bcp (pid ${process.pid}, started ${started}) is writing \`${out}\``);
    expect(await readdir(dir)).not.toContain('locked');
    // A lock left by a bcp that no longer runs is taken over.
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    await writeFile(lock, JSON.stringify({ pid: dead, started, host: hostname() }));
    expect((await runCli(['build', 'plan', '--no-pdf', '--out', out, ...today])).code).toBe(0);
    expect(await readdir(dir)).not.toContain('.locked.bcp-lock');
  });

  it('says "permission denied" with the path for an unreadable plan file and an unwritable output', async (context) => {
    if (!isRoot || spawnSync('setpriv', ['--version']).status !== 0) {
      context.skip('needs root and setpriv to run bcp as another user (root reads and writes everything)');
    }
    const plan = path.join(dir, 'private-plan');
    await cp('plan', plan, { recursive: true });
    await chmod(dir, 0o755);
    await chmod(path.join(plan, 'people.yaml'), 0o600);
    const asNobody = 'setpriv --reuid=65534 --regid=65534 --clear-groups';
    const read = runShell(`${asNobody} node bin/bcp.js validate '${plan}'`);
    expect(read.code).toBe(2);
    expect(read.stderr).toBe(
      `bcp: cannot open \`${path.join(plan, 'people.yaml')}\`: permission denied; check who owns it and its permissions, or use another folder\n`,
    );
    await chmod(path.join(plan, 'people.yaml'), 0o644);
    const out = path.join(dir, 'root-only', 'dist');
    await mkdir(path.dirname(out), { mode: 0o755 });
    const write = runShell(`${asNobody} node bin/bcp.js build '${plan}' --no-pdf --out '${out}' --today 2026-11-02`);
    expect(write.code).toBe(2);
    expect(write.stderr).toMatch(
      /^bcp: cannot open `[^`]+\.dist\.bcp-lock`: permission denied; .* was left as it was\n$/,
    );
  });

  describe('on a real small disk (tmpfs)', () => {
    it('reports a full disk while the site is written, keeps the previous output and removes the staging folder', async (context) => {
      const disk = path.join(dir, 'small-disk');
      await mkdir(disk);
      if (!isRoot || !mountTmpfs(disk, 'size=1m')) context.skip('needs root to mount a small tmpfs (CI runs as root)');
      try {
        // The first build fits (the site is about 700 KB); a second one beside it cannot.
        const out = path.join(disk, 'dist');
        expect((await runCli(['build', 'plan', '--no-pdf', '--out', out, ...today])).code).toBe(0);
        const before = await readFile(path.join(out, 'manifest.json'), 'utf8');
        const result = await runCli(['build', 'plan', '--no-pdf', '--out', out, ...today]);
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(
          /^bcp: cannot (write|open|copy|create the folder) `[^`]+`: the disk is full; free some space.*was left as it was\n$/,
        );
        expect(await readdir(disk)).toEqual(['dist']);
        expect(await readFile(path.join(out, 'manifest.json'), 'utf8')).toBe(before);
        expect((await runCli(['verify', out])).code).toBe(0);
      } finally {
        execFileSync('umount', [disk]);
      }
    });

    it('reports a read-only disk', async (context) => {
      const disk = path.join(dir, 'read-only-disk');
      await mkdir(disk);
      if (!isRoot || !mountTmpfs(disk, 'ro,size=1m')) context.skip('needs root to mount a read-only tmpfs');
      try {
        const result = await runCli(['build', 'plan', '--no-pdf', '--out', path.join(disk, 'dist'), ...today]);
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(
          /^bcp: cannot open `[^`]+`: the file system is read-only; write to a folder on a writable disk/,
        );
      } finally {
        execFileSync('umount', [disk]);
      }
    });
  });
});
