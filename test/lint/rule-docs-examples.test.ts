import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparePlan, type PlanComparison } from '../../src/diff/compare.js';
import { ruleDocsPath, runLint } from '../../src/lint/run-lint.js';
import { rules } from '../../src/lint/rules/index.js';
import type { LintRule } from '../../src/lint/types.js';
import { loadPlan } from '../../src/load/load-plan.js';
import { buildModel } from '../../src/model/plan-model.js';
import { validatePlan } from '../../src/validate/validate-plan.js';
import { repoRoot } from '../helpers/paths.js';
import { completeExample, docsExamples, type DocsExample } from './docs-examples.js';
import { TestRepo } from '../git/test-repo.js';

const base = path.join(repoRoot, 'test/fixtures/lint/docs-base');
/** The day the docs examples are read on: the day their dates are written for. */
const TODAY = '2026-06-01';

/** Writes the example over the docs base plan into `dir`. */
async function writeExample(dir: string, yaml: string): Promise<void> {
  const { text, hasPlan } = completeExample(yaml);
  await cp(base, dir, { recursive: true, filter: (file) => !(hasPlan && path.basename(file) === 'plan.yaml') });
  await writeFile(path.join(dir, hasPlan ? 'plan.yaml' : 'example.yaml'), text);
}

/** A pull request from the page's "base branch said" block to the example, made in a real repository. */
async function pullRequest(example: DocsExample, before: string): Promise<PlanComparison> {
  const repo = await TestRepo.create();
  try {
    await rm(repo.planDir, { recursive: true, force: true });
    await writeExample(repo.planDir, before);
    await repo.commit('The plan', '2026-05-01');
    await repo.git('checkout', '--quiet', '-b', 'change');
    await writeExample(repo.planDir, example.yaml);
    await repo.commit('A change to the plan', '2026-05-10');
    return await comparePlan(repo.planDir, 'main');
  } finally {
    await repo.remove();
  }
}

/** Lints one example with its page's rule; returns the findings as `path severity`. */
async function lintExample(rule: LintRule, example: DocsExample, before?: string): Promise<string[]> {
  const dir = await mkdtemp(path.join(tmpdir(), `bcp-docs-${rule.id}-`));
  try {
    await writeExample(dir, example.yaml);
    const loaded = await loadPlan(dir);
    const invalid = [...loaded.diagnostics, ...validatePlan(loaded)].filter((d) => d.severity === 'error');
    expect(
      invalid.map((d) => `${path.basename(d.file)}:${d.line}: ${d.message}`),
      'the example is a valid plan',
    ).toEqual([]);
    const changes = before === undefined ? {} : { changes: await pullRequest(example, before) };
    const found = runLint(buildModel(loaded), { today: TODAY, git: undefined, ...changes }, { rules: {} }, [rule]);
    return found.map((d) => `${d.path ?? path.basename(d.file)} ${d.severity}`).sort();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Pages whose failing example finds something only with facts from git that a page cannot show: their examples
 * must still be valid plans, and the passing ones find nothing. Their rule tests build that history.
 */
const findsOnlyWithHistory: Record<string, string> = {
  'printed-copy-out-of-date': 'when each copy was printed and what changed since comes from the commits',
};

describe('the examples of every rule docs page', () => {
  for (const rule of rules) {
    it(`${rule.id}: each failing example finds what the page says, each passing example nothing`, async () => {
      const examples = await docsExamples(path.join(repoRoot, ruleDocsPath(rule.id)));
      expect(examples.map((example) => example.kind)).toContain('failing');
      expect(examples.map((example) => example.kind)).toContain('passing');
      for (const example of examples) {
        const where = `${ruleDocsPath(rule.id)}:${example.line} (${example.kind})`;
        const failing = example.kind === 'failing' && !findsOnlyWithHistory[rule.id];
        if (failing) expect(example.expected, `${where} says what it finds`).not.toEqual([]);
        const expected = example.expected.map(({ path: at, severity }) => `${at} ${severity}`).sort();
        const before = example.before ?? (example.kind === 'passing' ? pageBefore(examples) : undefined);
        expect(await lintExample(rule, example, before), where).toEqual(expected);
      }
    });
  }
});

/** A passing example of a pull-request rule is a pull request from the same base as the failing one. */
function pageBefore(examples: DocsExample[]): string | undefined {
  return examples.find((example) => example.before !== undefined)?.before;
}
