import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assertCompiled } from '../helpers/run-cli.js';
import { repoRoot } from '../helpers/paths.js';
import { sarifErrors } from './sarif-validator.js';

interface Step {
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}

interface Workflow {
  on: { pull_request?: unknown; push?: { branches?: string[] } };
  jobs: Record<string, { permissions?: Record<string, string>; steps: Step[] }>;
}

const execFileAsync = promisify(execFile);
const workflowFile = path.join(repoRoot, 'docs', 'github-workflow.yml');
const fixture = 'test/fixtures/report/broken-plan';

const workflowText = await readFile(workflowFile, 'utf8');
const workflow = parse(workflowText) as Workflow;
const [job] = Object.values(workflow.jobs);
const steps = job?.steps ?? [];

const checkSteps = steps.filter(
  (step) => /\bbcp check\b/.test(step.run ?? '') && step.run?.includes('--format github'),
);
const prCheck = checkSteps.find((step) => step.if?.includes("== 'pull_request'"));
const pushCheck = checkSteps.find((step) => step.if?.includes("!= 'pull_request'"));
const sarifStep = steps.find((step) => step.run?.includes('--format sarif'));
const uploadStep = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'));

describe('docs/github-workflow.yml', () => {
  it('runs on pull requests and on pushes to main', () => {
    expect(workflow.on.pull_request).toBeDefined();
    expect(workflow.on.push?.branches).toEqual(['main']);
  });

  it('checks out the full history, which tech-change-not-reflected needs', () => {
    const checkout = steps.find((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkout?.uses).toBe('actions/checkout@v4');
    expect(checkout?.with?.['fetch-depth']).toBe(0);
  });

  it('runs bcp check with GitHub annotations, against the base branch on pull requests', () => {
    expect(prCheck?.run).toMatch(/^npx bcp check plan --format github --base "origin\/\$BASE_REF"$/);
    expect(prCheck?.env?.BASE_REF).toBe('${{ github.base_ref }}');
    expect(pushCheck?.run).toBe('npx bcp check plan --format github');
  });

  it('uploads the SARIF file that the check writes, even when the check failed', () => {
    const written = /--output (\S+)/.exec(sarifStep?.run ?? '')?.[1];
    expect(written).toBe('bcp.sarif');
    expect(uploadStep?.with?.sarif_file).toBe(written);
    expect(sarifStep?.if).toBe('${{ !cancelled() }}');
    expect(uploadStep?.if).toBe('${{ !cancelled() }}');
    expect(job?.permissions?.['security-events']).toBe('write');
  });

  it('passes --base to the SARIF check on pull requests only', async () => {
    const argv = async (base: string): Promise<string[]> => {
      const command = (sarifStep?.run ?? '').replace(/^npx bcp /, `printf '%s\\n' `);
      const { stdout } = await execFileAsync('bash', ['-c', command], { env: { ...process.env, BASE: base } });
      return stdout.trimEnd().split('\n');
    };
    const sarifArgs = ['check', 'plan', '--format', 'sarif', '--output', 'bcp.sarif'];
    expect(await argv('')).toEqual(sarifArgs);
    expect(await argv('origin/release 2')).toEqual([...sarifArgs, '--base', 'origin/release 2']);
    expect(sarifStep?.env?.BASE).toBe(
      "${{ github.event_name == 'pull_request' && format('origin/{0}', github.base_ref) || '' }}",
    );
  });

  it('builds the binder and keeps it as an artifact', () => {
    expect(steps.some((step) => step.run?.startsWith('npx bcp build plan --out dist'))).toBe(true);
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.path).toBe('dist/');
  });

  it('is the workflow that README.md shows, word for word', async () => {
    const readmeFile = path.join(repoRoot, 'README.md');
    const readme = existsSync(readmeFile) ? await readFile(readmeFile, 'utf8') : '';
    expect(
      readme.includes(workflowText.trimEnd()),
      'README.md must embed docs/github-workflow.yml unchanged (in a ```yaml block); copy the file in again after editing it',
    ).toBe(true);
  });
});

describe('the workflow commands, run against a failing plan', () => {
  let dir = '';
  beforeAll(async () => {
    assertCompiled();
    dir = await mkdtemp(path.join(tmpdir(), 'bcp-workflow-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const expectedAnnotations = [
    `::error file=${fixture}/plan.yaml,line=6,col=10,endLine=6,endColumn=21,title=bcp reference::\`plan.owner\` names person \`nobody-here\`, but there is no person with that id in \`people\``,
    `::error file=${fixture}/plan.yaml,line=15,col=5,endLine=15,endColumn=12,title=bcp schema::unknown key \`deputee\` in person \`olivia-owner\` — did you mean \`deputy\`?`,
    'bcp: 2 errors',
  ];

  it('annotates the findings on a push and fails the step', async () => {
    const { code, stdout } = await runStep(pushCheck);
    expect(code).toBe(1);
    expect(stdout.trimEnd().split('\n')).toEqual(expectedAnnotations);
  });

  it('annotates the findings on a pull request and fails the step', async () => {
    const { code, stdout } = await runStep(prCheck, { BASE_REF: 'main' });
    expect(code).toBe(1);
    expect(stdout.trimEnd().split('\n')).toEqual(expectedAnnotations);
  });

  for (const [event, base] of [
    ['push', ''],
    ['pull request', 'origin/main'],
  ] as const) {
    it(`writes a valid SARIF file on a ${event}, with repository-relative paths`, async () => {
      const output = path.join(dir, `${event.replace(' ', '-')}.sarif`);
      const { code, stdout } = await runStep(sarifStep, { BASE: base }, output);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      const log = JSON.parse(await readFile(output, 'utf8')) as {
        runs: {
          results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
        }[];
      };
      expect(sarifErrors(log)).toEqual([]);
      const results = log.runs[0]?.results ?? [];
      expect(results.map((r) => [r.ruleId, r.locations[0]?.physicalLocation.artifactLocation.uri])).toEqual([
        ['reference', `${fixture}/plan.yaml`],
        ['schema', `${fixture}/plan.yaml`],
      ]);
      // What the plan holds about people stays out of a report that third parties keep.
      const kept = JSON.stringify(results);
      for (const secret of ['+61 2 5550 0101', 'olivia@broken.example']) expect(kept).not.toContain(secret);
    });
  }
});

/**
 * Runs a step's shell command as the runner would (bash), from the repository root, with the installed `npx bcp`
 * swapped for this checkout's bin, the plan folder for the fixture, and bcp.sarif for a temporary file.
 */
async function runStep(
  step: Step | undefined,
  env: Record<string, string> = {},
  sarifFile = 'bcp.sarif',
): Promise<{ code: number; stdout: string; stderr: string }> {
  const command = (step?.run ?? '')
    .replace(/^npx bcp /, `"${process.execPath}" bin/bcp.js `)
    .replace(/ check plan /, ` check ${fixture} `)
    .replace(/ --output bcp\.sarif/, ` --output "${sarifFile}"`);
  expect(command, 'the step must run `npx bcp check plan`').toContain(`bin/bcp.js check ${fixture} `);
  const options = { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1', BCP_TODAY: '2026-06-01', ...env } };
  try {
    const { stdout, stderr } = await execFileAsync('bash', ['-c', command], options);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}
