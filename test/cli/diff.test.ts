import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { byId, editPlan, examplePlanRepo } from '../diff/plan-repo.js';
import type { TestRepo } from '../git/test-repo.js';
import { assertCompiled, runCli } from '../helpers/run-cli.js';

const cleanups: (() => Promise<void>)[] = [];
beforeAll(assertCompiled);
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function changedRepo(): Promise<TestRepo> {
  const repo = await examplePlanRepo();
  cleanups.push(() => repo.remove());
  await editPlan(repo, 'vendors.yaml', ({ vendors }) => {
    (byId(vendors, 'kestrel-it').support as Record<string, unknown>).phone = '+61 2 5550 0777';
  });
  return repo;
}

describe('bcp diff as a process', () => {
  it('prints the changes as text, writes Markdown and JSON to a file, and exits 0', async () => {
    const repo = await changedRepo();
    const text = await runCli(['diff', repo.planDir]);
    expect(text).toMatchObject({ code: 0, stderr: '' });
    expect(text.stdout).toContain('Support number changed (now ending in 0777)');
    const out = await mkdtemp(path.join(tmpdir(), 'bcp-diff-out-'));
    cleanups.push(() => rm(out, { recursive: true, force: true }));
    for (const format of ['markdown', 'json']) {
      const file = path.join(out, `diff.${format}`);
      const result = await runCli(['diff', repo.planDir, '--format', format, '-o', file]);
      expect(result).toMatchObject({ code: 0, stdout: '' });
      const written = await readFile(file, 'utf8');
      expect(written).not.toContain('5550 0777');
      if (format === 'json')
        expect(JSON.parse(written)).toMatchObject({
          ok: true,
          changes: [{ id: 'kestrel-it', risk: 'number-changed' }],
        });
      else expect(written).toContain('## Plan changes');
    }
  });

  it('exits 2 with one sentence for an unknown base or format', async () => {
    const repo = await changedRepo();
    const base = await runCli(['diff', repo.planDir, '--base', 'origin/gone']);
    expect(base).toMatchObject({ code: 2, stdout: '' });
    expect(base.stderr).toMatch(/^bcp: the base `origin\/gone` was not found/);
    const format = await runCli(['diff', repo.planDir, '--format', 'xml']);
    expect(format).toMatchObject({ code: 2, stderr: 'bcp: unknown format `xml`; use one of text, markdown, json\n' });
  });
});
