import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/pipeline/check.js';
import { loadConfig } from '../../src/lint/config.js';
import { findIgnoreComments } from '../../src/lint/ignore-comments.js';
import { repoRoot } from '../helpers/paths.js';

const fixtures = path.join(repoRoot, 'test', 'fixtures', 'lint-engine');
const today = '2026-06-01';

describe('ignore comments', () => {
  it('silence one finding on their own line (trailing) or the next line, and only with a reason', async () => {
    const { diagnostics } = await checkPlan(path.join(fixtures, 'ignored'), { today, configFile: '/dev/null' });
    const found = diagnostics
      .filter((d) => d.ruleId === 'departed-person' || d.ruleId === 'unused-ignore')
      .map((d) => `${d.line} ${d.ruleId}: ${d.message}`);
    expect(found).toEqual([
      '25 departed-person: Lee Left (`lee-left`) left but is still named as `deputy` of person `sam-sales`',
      '30 unused-ignore: bcp-ignore for `departed-person` silences nothing; remove it',
      '35 unused-ignore: bcp-ignore for `single-point-of-failure` gives no reason; write it after `--`, like `# bcp-ignore single-point-of-failure -- vendor confirmed`',
      '39 unused-ignore: bcp-ignore names `no-such-rule`, which is not a lint rule',
    ]);
  });

  it('are found in YAML, in Markdown, and not inside a value that merely contains a #', () => {
    expect(findIgnoreComments('a.yaml', 'note: C# tools # bcp-ignore stale-tool-reference -- ok\n')).toMatchObject([
      { line: 1, target: 1, ruleId: 'stale-tool-reference', reason: 'ok' },
    ]);
    expect(findIgnoreComments('a.yaml', 'url: https://x.example/#bcp-ignore\n')).toEqual([]);
    expect(
      findIgnoreComments('p.md', '<!-- bcp-ignore stale-tool-reference -- old screenshot -->\nZoho CRM\n'),
    ).toMatchObject([{ line: 1, target: 2, ruleId: 'stale-tool-reference', reason: 'old screenshot' }]);
  });
});

describe('bcp.config.yaml', () => {
  it('is optional when not named', async () => {
    const { config, diagnostics } = await loadConfig(undefined, path.join(fixtures, 'no-such-config.yaml'));
    expect(config).toEqual({ rules: {} });
    expect(diagnostics).toEqual([]);
  });

  it('reports unknown rule ids and severities at their lines', async () => {
    const file = path.join(fixtures, 'bad-config', 'bcp.config.yaml');
    const { diagnostics } = await loadConfig(file);
    expect(diagnostics.map((d) => [d.ruleId, d.line, d.column, d.message])).toEqual([
      ['config', 3, 3, '`overdue-reviews` is not a lint rule — did you mean `overdue-review`?'],
      ['config', 4, 21, '`rules.restore-untested` is `loud`; use one of `error`, `warning`, `info`, `off`'],
    ]);
  });

  it('turns a rule off or changes its severity', async () => {
    const dir = path.join(fixtures, 'ignored');
    const off = await checkPlan(dir, { today, configFile: path.join(fixtures, 'departed-off.yaml') });
    expect(off.diagnostics.filter((d) => d.ruleId === 'departed-person')).toEqual([]);
    const info = await checkPlan(dir, { today, configFile: path.join(fixtures, 'departed-info.yaml') });
    expect(info.diagnostics.filter((d) => d.ruleId === 'departed-person').map((d) => d.severity)).toEqual(['info']);
  });

  it('gives a rule its options, checked against the schema the rule declares', async () => {
    const { config, diagnostics } = await loadConfig(path.join(fixtures, 'options', 'good.yaml'));
    expect(diagnostics).toEqual([]);
    expect(config.rules['stale-tool-reference']).toEqual([
      'error',
      { tools: { add: [{ name: 'Halaxy', domains: ['halaxy.com'] }], remove: ['Slack'] } },
    ]);
  });

  it('reports mistakes in rule options at their lines, and options given to a rule that takes none', async () => {
    const { config, diagnostics } = await loadConfig(path.join(fixtures, 'options', 'bad.yaml'));
    expect(config).toEqual({ rules: {} });
    const sorted = [...diagnostics].sort((a, b) => a.line - b.line);
    expect(sorted.map((d) => [d.line, d.column, d.message])).toEqual([
      [5, 18, expect.stringContaining('must be true or false') as string],
      [7, 13, expect.stringContaining('has no `name`') as string],
      [
        8,
        18,
        expect.stringContaining('is `Slak`, which is not one of the choices \u2014 did you mean `Slack`?') as string,
      ],
      [9, 9, expect.stringContaining('unknown key `extra`') as string],
      [10, 30, '`departed-person` takes no options; write only its severity, like `departed-person: warning`'],
    ]);
  });
});
