import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../helpers/paths.js';
import { assertCompiled } from '../helpers/run-cli.js';
import type { TestRepo } from '../git/test-repo.js';
import { byId, editPlan, examplePlanRepo } from './plan-repo.js';

const exec = promisify(execFile);

interface Step {
  name?: string;
  if?: string;
  run?: string;
  env?: Record<string, string>;
  'continue-on-error'?: boolean;
}

const workflow = parse(await readFile(path.join(repoRoot, 'docs', 'github-workflow.yml'), 'utf8')) as {
  jobs: Record<string, { steps: Step[]; permissions: Record<string, string> }>;
};
const [job] = Object.values(workflow.jobs);
const steps = job?.steps ?? [];
const summary = steps.find((step) => step.run?.includes('$GITHUB_STEP_SUMMARY'));
const comment = steps.find((step) => step.run?.includes('<!-- bcp diff -->'));

const repos: TestRepo[] = [];
beforeAll(assertCompiled);
afterEach(async () => {
  for (const repo of repos.splice(0)) await repo.remove();
});

/** A pull request in a real repository whose base branch is fetched as origin/main, as actions/checkout leaves it. */
async function pullRequest(): Promise<TestRepo> {
  const repo = await examplePlanRepo();
  repos.push(repo);
  await repo.git('update-ref', 'refs/remotes/origin/main', 'main');
  await repo.git('checkout', '--quiet', '-b', 'new-number');
  await editPlan(repo, 'vendors.yaml', ({ vendors }) => {
    (byId(vendors, 'kestrel-it').support as Record<string, unknown>).phone = '+61 2 5550 0777';
  });
  await repo.commit('Kestrel has a new number', '2026-10-05');
  return repo;
}

/** Runs shell lines of a step in the repository, with this checkout's bcp for `npx bcp`. */
async function run(repo: TestRepo, script: string, env: Record<string, string>): Promise<void> {
  const command = script.replace(/npx bcp /g, `"${process.execPath}" "${path.join(repoRoot, 'bin', 'bcp.js')}" `);
  await exec('bash', ['-e', '-c', command], { cwd: repo.dir, env: { ...process.env, ...env } });
}

describe('docs/github-workflow.yml on a pull request', () => {
  it('writes what the pull request changes in the plan to the job summary', async () => {
    const repo = await pullRequest();
    expect(summary?.if).toBe("github.event_name == 'pull_request'");
    expect(summary?.env?.BASE_REF).toBe('${{ github.base_ref }}');
    const file = path.join(repo.dir, 'summary.md');
    await run(repo, summary?.run ?? '', { BASE_REF: 'main', GITHUB_STEP_SUMMARY: file });
    const written = await readFile(file, 'utf8');
    expect(written).toMatch(
      /^## Plan changes\n\n1 change to what the plan says since `origin\/main` \([0-9a-f]{7}\)\./,
    );
    expect(written).toContain('Support number changed (now ending in 0777)');
  });

  it('can keep one comment up to date, optional and allowed to fail on forks', async () => {
    expect(comment?.if).toBe("github.event_name == 'pull_request' && vars.BCP_PR_COMMENT == 'true'");
    expect(comment?.['continue-on-error']).toBe(true);
    expect(job?.permissions['pull-requests']).toBe('write');
    const repo = await pullRequest();
    // The lines before the GitHub API calls: the comment's text, under a comment's size limit, with its marker.
    const [write = '', mark = ''] = (comment?.run ?? '').split('\n');
    await run(repo, `${write}\n${mark}`, { BASE_REF: 'main' });
    const body = await readFile(path.join(repo.dir, 'bcp-diff.md'), 'utf8');
    expect(body).toContain('Support number changed (now ending in 0777)');
    expect(body.endsWith('\n<!-- bcp diff -->\n')).toBe(true);
    expect(body.length).toBeLessThan(65_536);
  });
});
