import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertCompiled, runCli } from '../helpers/run-cli.js';

const today = ['--today', '2026-11-02'];

/** The pid of a process that has ended: what a bcp killed outright leaves in its folders' names. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

describe('what a killed bcp left behind', () => {
  let dir: string;
  let temp: string;
  beforeAll(async () => {
    assertCompiled();
    dir = await mkdtemp(path.join(tmpdir(), 'bcp-leftovers-'));
    temp = await mkdtemp(path.join(tmpdir(), 'bl-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await rm(temp, { recursive: true, force: true });
  });

  it('removes staging and temporary folders of dead bcp processes, and keeps those of live ones', async () => {
    const out = path.join(dir, 'dist');
    const dead = deadPid();
    const stale = [`.dist.bcp-tmp-${dead}-0a1b2c3d`, `.dist.bcp-tmp-${dead}-0a1b2c3d-previous`];
    const live = `.dist.bcp-tmp-${process.pid}-4e5f6a7b`;
    for (const name of [...stale, live]) await mkdir(path.join(dir, name, 'site'), { recursive: true });
    await mkdir(path.join(temp, `bcp-print-${dead}-AbCdEf`));
    await mkdir(path.join(temp, `bcp-chromium-${dead}-AbCdEf`, 'profile'), { recursive: true });
    const result = await runCli(['build', 'plan', '--out', out, ...today], { TMPDIR: temp });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect((await readdir(dir)).sort()).toEqual([live, 'dist']);
    expect(await readdir(temp)).toEqual([]);
  });

  it('puts the last good output back when a bcp was killed between the two renames of a publish', async () => {
    const out = path.join(dir, 'moved');
    expect((await runCli(['build', 'plan', '--no-pdf', '--out', out, ...today])).code).toBe(0);
    const manifest = await readFile(path.join(out, 'manifest.json'), 'utf8');
    const caught = path.join(dir, `.moved.bcp-tmp-${deadPid()}-0a1b2c3d-previous`);
    await rename(out, caught);
    const plan = path.join(dir, 'broken-plan');
    await cp('test/fixtures/validate/missing-required', plan, { recursive: true });
    // Even a build that fails finds the output where it was, and leaves it there.
    const result = await runCli(['build', plan, '--no-pdf', '--out', out, ...today]);
    expect(result.code).toBe(1);
    expect(await readFile(path.join(out, 'manifest.json'), 'utf8')).toBe(manifest);
    expect(await readdir(dir)).not.toContain(path.basename(caught));
  });

  it('removes the `.partial` site of a failed build once a build succeeds, but not a folder bcp did not write', async () => {
    const out = path.join(dir, 'partial');
    // A browser that does not start: the print fails, and the site that did build is kept beside the output.
    const failed = await runCli(['build', 'plan', '--out', out, ...today], {
      PUPPETEER_EXECUTABLE_PATH: '/bin/false',
    });
    expect(failed.code).toBe(2);
    expect(await readdir(`${out}.partial`)).toContain('manifest.json');
    expect((await runCli(['build', 'plan', '--no-pdf', '--out', out, ...today])).code).toBe(0);
    expect(await readdir(dir)).not.toContain('partial.partial');
    await mkdir(`${out}.partial`);
    await writeFile(`${out}.partial/notes.txt`, 'mine');
    expect((await runCli(['build', 'plan', '--no-pdf', '--out', out, ...today])).code).toBe(0);
    expect(await readFile(`${out}.partial/notes.txt`, 'utf8')).toBe('mine');
  });
});
