import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertCompiled, runCli } from '../helpers/run-cli.js';

describe('bcp check where git is not installed', () => {
  let bin: string;
  beforeAll(async () => {
    assertCompiled();
    // A PATH that holds node and nothing else: git is missing, as on a slim CI image.
    bin = await mkdtemp(path.join(tmpdir(), 'bcp-no-git-'));
    await symlink(process.execPath, path.join(bin, 'node'));
  });
  afterAll(() => rm(bin, { recursive: true, force: true }));

  it('says the tech-change check could not run, instead of passing in silence', async () => {
    const result = await runCli(['check', 'plan', '--today', '2026-11-02'], { PATH: bin });
    expect(result.stdout).toContain(
      'git was not found, so whether the tech stack changed after the plan was last updated cannot be checked',
    );
    expect(result.stdout).toContain('tech-change-not-reflected');
    expect(result.code).toBe(1);
  });
});
