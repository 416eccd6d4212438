import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths.js';
import { assertCompiled } from '../helpers/run-cli.js';
import { tempPlan } from './watch-helpers.js';

/** Every process whose parent chain leads to `root`, read from /proc (Chromium starts many). */
async function descendants(root: number): Promise<number[]> {
  const parents = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (ppid) parents.set(Number(entry), ppid);
  }
  const found: number[] = [];
  const walk = (pid: number): void => {
    for (const [child, parent] of parents) {
      if (parent !== pid || found.includes(child)) continue;
      found.push(child);
      walk(child);
    }
  };
  walk(root);
  return found;
}

/**
 * The processes still running. A zombie (state Z) has exited; it only waits to be reaped, and in a container
 * whose PID 1 does not reap orphans it stays listed, so it does not count as left behind.
 */
async function running(pids: number[]): Promise<string[]> {
  const states = await Promise.all(
    pids.map(async (pid) => [pid, await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '')] as const),
  );
  return states
    .filter(([, stat]) => stat !== '' && stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0] !== 'Z')
    .map(([pid, stat]) => `${pid}: ${stat.slice(0, stat.lastIndexOf(')') + 1)}`);
}

describe('bcp watch --serve as a process', () => {
  let plan: Awaited<ReturnType<typeof tempPlan>>;
  beforeAll(async () => {
    assertCompiled();
    plan = await tempPlan();
  });
  afterAll(() => plan.cleanup());

  it('prints the binder with Chromium, and Ctrl-C stops the watcher, the server and Chromium', async () => {
    const args = [
      'bin/bcp.js',
      'watch',
      plan.plan,
      '--serve',
      '--port',
      '0',
      '--out',
      plan.out,
      '--today',
      '2026-11-02',
    ];
    const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (/binder printed/.test(stderr)) resolve();
      });
      void exited.then(() => reject(new Error(`bcp watch exited early:\n${stderr}`)));
    });
    const url = /preview at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stderr)?.[1];
    expect(url).toBeDefined();
    expect(await (await fetch(`${url}binder.pdf`)).arrayBuffer()).toHaveProperty('byteLength', expect.any(Number));
    expect(existsSync(path.join(plan.out, 'binder.pdf'))).toBe(true);
    const family = await descendants(child.pid as number);
    expect(family.length, 'Chromium runs as children of bcp while watching').toBeGreaterThan(0);

    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stderr).toContain('bcp: stopping');
    expect(await running(family), 'no process is left behind').toEqual([]);
  });
});
