import { describe, expect, it } from 'vitest';
import { leaksIn, secretsFor } from '../build/leak-finder.js';
import { assertCompiled, runCli } from '../helpers/run-cli.js';

/**
 * SARIF carries each rule's docs page, the same for every plan; its examples use made-up numbers from the same
 * reserved range as the example plan's, so they are left out of the search (they are bcp's text, not the plan's).
 */
function withoutRuleDocs(format: string, output: string): string {
  if (format !== 'sarif') return output;
  const log = JSON.parse(output) as { runs: { tool: { driver: { rules?: unknown } } }[] };
  for (const run of log.runs) delete run.tool.driver.rules;
  return JSON.stringify(log);
}

// CI logs, SARIF uploads and pull-request annotations are read by everyone with access to the repository.
describe('bcp check output', () => {
  it.each(['stylish', 'json', 'sarif', 'github'])(
    'in %s format shows no personal value of the example plan',
    async (format) => {
      assertCompiled();
      const personal = (await secretsFor('plan', 'public')).filter((s) => s.sensitivity === 'personal');
      expect(personal.length).toBeGreaterThan(5);
      const result = await runCli(['check', 'plan', '--today', '2026-11-27', '--format', format]);
      expect(result.code).toBeLessThan(2);
      expect(result.stdout.length).toBeGreaterThan(100);
      expect(leaksIn(withoutRuleDocs(format, result.stdout) + result.stderr, personal)).toEqual([]);
    },
  );
});
