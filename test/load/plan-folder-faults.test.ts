import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/load/load-plan.js';
import { PlanLoadError } from '../../src/load/load-error.js';
import { readPlanFolder } from '../../src/load/find-plan-files.js';
import { sizeLimits } from '../../src/load/size-limits.js';
import { repoRoot } from '../helpers/paths.js';

describe('a plan folder with things that are not plain files', () => {
  let plan: string;
  beforeAll(async () => {
    plan = path.join(await mkdtemp(path.join(tmpdir(), 'bcp-plan-folder-')), 'plan');
    await cp(path.join(repoRoot, 'plan'), plan, { recursive: true });
    await mkdir(path.join(plan, 'archive.yaml'));
    await symlink(path.join(plan, 'people.yaml'), path.join(plan, 'team.yaml'));
    execFileSync('mkfifo', [path.join(plan, 'incoming.yaml')]);
    await rm(path.join(plan, 'procedures', 'crm-outage.md'));
    await mkdir(path.join(plan, 'procedures', 'crm-outage.md'));
    await rm(path.join(plan, 'procedures', 'internet-outage.md'));
    execFileSync('mkfifo', [path.join(plan, 'procedures', 'internet-outage.md')]);
  });
  afterAll(() => rm(path.dirname(plan), { recursive: true, force: true }));

  it('names each YAML-named folder, link and FIFO instead of skipping it in silence', async () => {
    const { diagnostics } = await loadPlan(plan);
    const said = (name: string): string[] =>
      diagnostics.filter((d) => d.file === path.join(plan, name)).map((d) => `${d.severity} ${d.message}`);
    expect(said('archive.yaml')).toEqual([expect.stringMatching(/^warning this is a folder named like a YAML file/)]);
    expect(said('team.yaml')).toEqual([expect.stringMatching(/^error this is a symbolic link, so it is not read/)]);
    expect(said('incoming.yaml')).toEqual([expect.stringMatching(/^error this is a FIFO \(named pipe\)/)]);
  });

  it('says a procedure is a folder or a FIFO, not that it does not exist (and never waits on the FIFO)', async () => {
    const messages = (await loadPlan(plan)).diagnostics.map((d) => d.message);
    expect(messages).toContainEqual(
      expect.stringMatching(/`procedures\/crm-outage\.md`, which is a folder, not a Markdown file/),
    );
    expect(messages).toContainEqual(
      expect.stringMatching(/`procedures\/internet-outage\.md`, which is a FIFO \(named pipe\), not a Markdown file/),
    );
  });
});

describe('size limits', () => {
  let plan: string;
  beforeAll(async () => {
    plan = await mkdtemp(path.join(tmpdir(), 'bcp-size-'));
    await writeFile(path.join(plan, 'plan.yaml'), `# ${'x'.repeat(3000)}\nplan: {}\n`);
    await writeFile(path.join(plan, 'more.yaml'), `# ${'x'.repeat(3000)}\npeople: []\n`);
  });
  afterAll(() => rm(plan, { recursive: true, force: true }));

  it('refuses a file over the limit, naming it and its size', async () => {
    const refused = readPlanFolder(plan, { file: 2048, plan: 1e6 });
    await expect(refused).rejects.toThrow(PlanLoadError);
    await expect(refused).rejects.toThrow(/`[^`]*more\.yaml` is 3 KB, larger than the limit of 2 KB for one plan file/);
  });

  it('refuses a plan over the limit, naming the folder, its size and the variable that raises it', async () => {
    await expect(readPlanFolder(plan, { file: 1e6, plan: 4096 })).rejects.toThrow(
      /holds 6 KB of YAML in 2 files, more than the limit of 4 KB; .*BCP_MAX_PLAN_SIZE/,
    );
  });

  it('reads the limits from BCP_MAX_FILE_SIZE and BCP_MAX_PLAN_SIZE, and refuses a size it cannot read', () => {
    expect(sizeLimits({})).toEqual({ file: 4 * 2 ** 20, plan: 32 * 2 ** 20 });
    expect(sizeLimits({ BCP_MAX_FILE_SIZE: '20MB', BCP_MAX_PLAN_SIZE: '512kb' })).toEqual({
      file: 20 * 2 ** 20,
      plan: 512 * 2 ** 10,
    });
    expect(() => sizeLimits({ BCP_MAX_FILE_SIZE: 'big' })).toThrow(/BCP_MAX_FILE_SIZE must be a size/);
  });
});
