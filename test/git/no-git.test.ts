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
    // Said once for everything else that reads history (revision history, record of changes, removed names).
    expect(result.stdout).toContain("The plan's git history could not be read: git was not found on the PATH");
    expect(result.code).toBe(1);
  });

  it('bcp diff says git is missing, not that the plan is outside a repository', async () => {
    const result = await runCli(['diff', 'plan'], { PATH: bin });
    expect(result.stderr).toBe(
      'bcp: git was not found on the PATH (install git where bcp runs), so there is no base\n',
    );
    expect(result.code).toBe(2);
  });
});
