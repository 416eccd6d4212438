// The conventions ESLint, Spectral and markdownlint-cli2 users reach for, on real processes and real folders.
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths.js';
import { assertCompiled, runCli } from '../helpers/run-cli.js';
import { sarifErrors } from '../report/sarif-validator.js';

// One departed-person error, three unused-ignore warnings and eight scenario-coverage notes on 2026-06-01.
const ignored = path.join(repoRoot, 'test', 'fixtures', 'lint-engine', 'ignored');
const departedOff = path.join(repoRoot, 'test', 'fixtures', 'lint-engine', 'departed-off.yaml');
const today = ['--today', '2026-06-01'];
const folders: string[] = [];

beforeAll(assertCompiled);
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bcp-cli-'));
  folders.push(dir);
  return dir;
}

/** A git repository holding the `ignored` fixture plan in `continuity/plan/`, with `config` at its root. */
async function repository(config?: string): Promise<string> {
  const dir = await tempDir();
  execFileSync('git', ['init', '--quiet', dir]);
  await cp(ignored, path.join(dir, 'continuity', 'plan'), { recursive: true });
  if (config !== undefined) await writeFile(path.join(dir, 'bcp.config.yaml'), config);
  return dir;
}

describe('report options', () => {
  it('-f and -o on validate: the report goes to the file, the terminal stays quiet', async () => {
    const out = path.join(await tempDir(), 'report.json');
    const result = await runCli(['validate', 'test/fixtures/validate/bad-date', '-f', 'json', '-o', out]);
    expect(result).toMatchObject({ code: 1, stdout: '', stderr: '' });
    const report = JSON.parse(await readFile(out, 'utf8')) as { counts: object };
    expect(report.counts).toEqual({ error: 2, warning: 0, info: 0 });
  });

  it('--quiet shows and counts errors only', async () => {
    const result = await runCli(['check', ignored, ...today, '--quiet', '-f', 'json']);
    const report = JSON.parse(result.stdout) as { counts: object };
    expect(report.counts).toEqual({ error: 1, warning: 0, info: 0 });
    expect(result.code).toBe(1);
    const warningsOnly = await runCli(['check', ignored, ...today, '-c', departedOff, '-q', '--fail-on', 'warning']);
    expect(warningsOnly).toMatchObject({ code: 0 });
  });

  it('--max-warnings fails the run past that many warnings, as ESLint does', async () => {
    // With departed-person off, its two silences silence nothing: five warnings, no error.
    const base = ['check', ignored, ...today, '-c', departedOff];
    expect((await runCli([...base, '--max-warnings', '5'])).code).toBe(0);
    const over = await runCli([...base, '--max-warnings', '4']);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('bcp: 5 warnings, more than --max-warnings 4\n');
    const wrong = await runCli([...base, '--max-warnings', 'some']);
    expect(wrong).toMatchObject({ code: 2, stderr: 'bcp: --max-warnings must be a whole number, not `some`\n' });
  });

  it('--version and -v print the version alone', async () => {
    const pkg = JSON.parse(await readFile(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(await runCli(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    expect(await runCli(['-v'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });
});

describe('bcp.config.yaml lookup', () => {
  it('finds the config at the repository root from the plan folder, run from any folder', async () => {
    const repo = await repository('rules:\n  departed-person: off\n');
    const fromRoot = await runCli(['check', 'continuity/plan', ...today, '-f', 'json'], {}, repo);
    const fromPlan = await runCli(['check', '.', ...today, '-f', 'json'], {}, path.join(repo, 'continuity', 'plan'));
    for (const result of [fromRoot, fromPlan]) {
      const report = JSON.parse(result.stdout) as { diagnostics: { ruleId: string }[] };
      expect(report.diagnostics.map((d) => d.ruleId)).not.toContain('departed-person');
      expect(result.code).toBe(0);
    }
  });

  it('takes the nearest config, never one above the repository', async () => {
    const outer = await tempDir();
    await writeFile(path.join(outer, 'bcp.config.yaml'), 'rules:\n  departed-person: off\n');
    const repo = path.join(outer, 'repo');
    execFileSync('git', ['init', '--quiet', repo]);
    await cp(ignored, path.join(repo, 'plan'), { recursive: true });
    const result = await runCli(['check', 'plan', ...today, '--print-config'], {}, repo);
    expect(JSON.parse(result.stdout)).toMatchObject({ file: null, rules: { 'departed-person': 'error' } });
    await writeFile(path.join(repo, 'plan', 'bcp.config.yaml'), 'rules:\n  overdue-review: info\n');
    const nearest = await runCli(['check', 'plan', ...today, '--print-config'], {}, repo);
    expect(JSON.parse(nearest.stdout)).toMatchObject({
      file: path.join(repo, 'plan', 'bcp.config.yaml'),
      rules: { 'overdue-review': 'info', 'departed-person': 'error' },
    });
  });

  it('--config wins over the file found, and --print-config shows every rule with the file it came from', async () => {
    const repo = await repository('rules:\n  departed-person: off\n');
    const other = path.join(repo, 'strict.yaml');
    await writeFile(other, 'rules:\n  scenario-coverage: error\n');
    const result = await runCli(['lint', 'continuity/plan', '--config', other, '--print-config'], {}, repo);
    expect(result.code).toBe(0);
    const shown = JSON.parse(result.stdout) as { file: string; rules: Record<string, string> };
    expect(shown.file).toBe(other);
    expect(shown.rules).toMatchObject({ 'scenario-coverage': 'error', 'departed-person': 'error' });
    expect(Object.keys(shown.rules)).toContain('unfilled-section');
  });
});

describe('paths in CI formats', () => {
  it('are relative to the repository root whatever the working directory', async () => {
    const repo = await repository();
    const sub = path.join(repo, 'continuity');
    const github = await runCli(['check', 'plan', ...today, '-f', 'github'], {}, sub);
    expect(github.stdout).toMatch(/^::error file=continuity\/plan\/plan\.yaml,line=25,/m);
    const sarif = await runCli(['check', 'plan', ...today, '-f', 'sarif'], {}, sub);
    const uris = (
      JSON.parse(sarif.stdout) as {
        runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
      }
    ).runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(new Set(uris)).toEqual(new Set(['continuity/plan/plan.yaml']));
  });

  it('SARIF of the example plan validates against SARIF 2.1.0, with a helpUri on every rule', async () => {
    const result = await runCli(['check', 'plan', '--today', '2026-11-27', '-f', 'sarif']);
    const log = JSON.parse(result.stdout) as { runs: { tool: { driver: { rules: { helpUri?: string }[] } } }[] };
    expect(sarifErrors(log)).toEqual([]);
    const rules = log.runs[0]!.tool.driver.rules;
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.filter((rule) => !rule.helpUri?.startsWith('https://'))).toEqual([]);
  });
});
