import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths.js';
import { assertCompiled, runCli } from '../helpers/run-cli.js';

const ignored = path.join('test', 'fixtures', 'lint-engine', 'ignored');
const invalid = path.join('test', 'fixtures', 'validate', 'missing-required');
const noConfig = ['--config', '/dev/null'];

beforeAll(assertCompiled);

describe('bcp check', () => {
  it('exits 1 on the example plan at its review date: its internet outage cannot be recovered within the RTO', async () => {
    const result = await runCli(['check', 'plan', '--today', '2026-11-02']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('1 error, 2 warnings');
    expect(result.stdout).toMatch(/361:10 +error +scenario `internet-outage` needs 4h 15m to recover/);
    // The paper and USB copies were printed on 2026-11-24, before this repository's later changes to steps and
    // numbers: the git history says they are out of date, and that is what the owner needs to hear.
    expect(result.stdout).toMatch(/21:7 +warning +The paper copy held by Eleanor Hartley .* was printed on 2026-11-24/);
    expect(result.stdout).toMatch(/27:7 +warning +The USB copy held by Daniel Okafor .* was printed on 2026-11-24/);
  });

  it('exits 1 on errors and names file:line:column, rule and hint', async () => {
    const result = await runCli(['check', ignored, '--today', '2026-06-01', ...noConfig]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${ignored}/plan.yaml`);
    expect(result.stdout).toMatch(
      /25:13 +error +Lee Left \(`lee-left`\) left but is still named as `deputy` of person `sam-sales` +departed-person/,
    );
    expect(result.stdout).toContain('hint: Name who does this now');
  });

  it('--fail-on decides which severities fail', async () => {
    const args = [
      'check',
      ignored,
      '--today',
      '2026-06-01',
      '--config',
      path.join(repoRoot, 'test/fixtures/lint-engine/departed-info.yaml'),
    ];
    // departed-person is now info; what is left are unused-ignore warnings and scenario-coverage notes.
    expect((await runCli(args)).code).toBe(0);
    expect((await runCli([...args, '--fail-on', 'warning'])).code).toBe(1);
  });

  it('rejects a date that does not exist', async () => {
    const result = await runCli(['check', 'plan', '--today', '2026-13-01']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('bcp: today must be a real date written YYYY-MM-DD, not `2026-13-01`\n');
  });

  it('reports validation errors for an invalid plan, and lint refuses it', async () => {
    const check = await runCli(['check', invalid, ...noConfig]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('scenario `crm-outage` has no `lead`');
    const lint = await runCli(['lint', invalid, ...noConfig]);
    expect(lint.code).toBe(2);
    expect(lint.stderr).toContain('is not valid, so it cannot be linted');
  });

  it('bcp lint reports a configuration error as one, not as an invalid plan', async () => {
    const config = ['--config', 'test/fixtures/lint-engine/config-typo/bcp.config.yaml', '--today', '2026-11-02'];
    const lint = await runCli(['lint', 'plan', ...config]);
    expect(lint.code).toBe(2);
    expect(lint.stdout).toContain('`untested-scenaro` is not a lint rule — did you mean `untested-scenario`?');
    expect(lint.stderr).toBe(
      'bcp: the lint configuration `test/fixtures/lint-engine/config-typo/bcp.config.yaml` has errors, so nothing was linted; fix them\n',
    );
    expect(lint.stderr).not.toContain('not valid');
  });

  it('json output carries every finding with its rule, severity and position', async () => {
    const result = await runCli(['check', ignored, '--today', '2026-06-01', '--format', 'json', ...noConfig]);
    const report = JSON.parse(result.stdout) as { diagnostics: { ruleId: string; line: number }[]; counts: object };
    // scenario-coverage's key-person scenario (a plan of people only makes no other one relevant), and
    // unfilled-section's two: no systems, no scenarios.
    expect(report.counts).toEqual({ error: 1, warning: 3, info: 3 });
    expect(report.diagnostics.map((d) => `${d.ruleId}@${d.line}`)).toContain('departed-person@25');
  });
});
