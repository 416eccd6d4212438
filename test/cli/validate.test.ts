// `bcp validate` as a user runs it: the compiled CLI in a real process, judged by exit code and output.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths.js';
import { assertCompiled, runCli } from '../helpers/run-cli.js';

const fixtures = 'test/fixtures/validate';
// A stack trace line; a user's mistake must never print one.
const STACK_LINE = '    at ';

beforeAll(() => {
  assertCompiled();
});

describe('bcp validate', () => {
  it('exits 0 and says so for a valid plan', async () => {
    const result = await runCli(['validate', `${fixtures}/valid-minimal`]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`${fixtures}/valid-minimal: the plan is valid\n`);
  });

  it('exits 1 and names file, line and column of each finding', async () => {
    const result = await runCli(['validate', `${fixtures}/bad-date`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(`${fixtures}/bad-date/plan.yaml`);
    expect(lines[1]).toMatch(/^ {2}6:13 +error +`plan\.reviewed` is `2026-02-30`, which is not a real date +schema$/);
    expect(lines[2]).toMatch(/^ {2}15:14 +error +`left_on` of person `jane-doe` is `2026\/03\/01`\./);
    expect(result.stdout).toContain('2 problems (2 errors, 0 warnings, 0 notes)');
  });

  it('shows the diagnostics of every file of the plan', async () => {
    const result = await runCli(['validate', `${fixtures}/duplicate-id-across-files`]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${fixtures}/duplicate-id-across-files/plan.yaml\n  10:9 `);
    expect(result.stdout).toContain(`${fixtures}/duplicate-id-across-files/team.yaml\n  6:9 `);
  });

  it('writes JSON with the diagnostics and their counts for --format json', async () => {
    const result = await runCli(['validate', `${fixtures}/rto-exceeds-mtd`, '--format', 'json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { diagnostics: unknown[]; counts: unknown };
    expect(report.counts).toEqual({ error: 1, warning: 0, info: 0 });
    expect(report.diagnostics).toEqual([
      expect.objectContaining({
        ruleId: 'rto-exceeds-mtd',
        severity: 'error',
        file: `${fixtures}/rto-exceeds-mtd/scenarios.yaml`,
        line: 9,
        column: 10,
        path: 'scenarios[0].rto',
      }),
    ]);
  });

  it('writes an empty JSON report for a valid plan, and nothing else', async () => {
    const result = await runCli(['validate', `${fixtures}/valid-minimal`, '--format=json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ diagnostics: [], counts: { error: 0, warning: 0, info: 0 } });
  });

  it('exits 1 for a file that is not YAML at all, without crashing', async () => {
    const result = await runCli(['validate', `${fixtures}/non-utf8`]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('3:14');
    expect(result.stdout).toContain('this file is not UTF-8 (byte 0xE9)');
  });

  it('validates the example plan in plan/ cleanly', async () => {
    const result = await runCli(['validate', 'plan']);
    expect(result.stdout + result.stderr).toBe('plan: the plan is valid\n');
    expect(result.code).toBe(0);
  });
});

describe('bcp usage errors exit 2 with one line and no stack trace', () => {
  it.each([
    [
      'a missing plan folder',
      ['validate', `${fixtures}/does-not-exist`],
      /^bcp: plan folder `.*does-not-exist` does not exist$/,
    ],
    ['a folder without YAML files', ['validate', `${fixtures}/no-yaml-files`], /^bcp: no plan files \(\*\.yaml\) in `/],
    ['an unknown command', ['frobnicate'], /^bcp: unknown command `frobnicate`\. Run `bcp --help` for the list\.$/],
    ['an unknown option', ['validate', `${fixtures}/valid-minimal`, '--bogus'], /^bcp: .*--bogus/],
    [
      'a bad --format',
      ['validate', `${fixtures}/valid-minimal`, '--format', 'xml'],
      /^bcp: unknown format `xml`; use one of stylish, json(, [a-z]+)*$/,
    ],
    ['a bad --fail-on', ['validate', `${fixtures}/valid-minimal`, '--fail-on', 'fatal'], /^bcp: --fail-on must be/],
  ])('%s', async (_, args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).not.toContain(STACK_LINE);
    expect(result.stderr.endsWith('\n')).toBe(true);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });
});

describe('bcp help and version', () => {
  it('--help exits 0 and lists validate', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ {2}validate {2}/m);
    expect(result.stdout).toContain('Usage: bcp <command>');
  });

  it('validate --help exits 0 and describes the options', async () => {
    const result = await runCli(['validate', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: bcp validate');
    expect(result.stdout).toContain('--format');
  });

  it('--version prints the version from package.json', async () => {
    const pkg = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const result = await runCli(['--version']);
    expect(result).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });
});
