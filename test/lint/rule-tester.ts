import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import type { PlanComparison } from '../../src/diff/compare.js';
import type { PrintedCopyFacts } from '../../src/diff/printed-copies.js';
import type { GitFacts } from '../../src/git/git-facts.js';
import type { PlanHistory } from '../../src/git/plan-history.js';
import type { LintConfig } from '../../src/lint/config.js';
import { runLint } from '../../src/lint/run-lint.js';
import type { LintRule } from '../../src/lint/types.js';
import { loadPlan } from '../../src/load/load-plan.js';
import { buildModel } from '../../src/model/plan-model.js';
import { validatePlan } from '../../src/validate/validate-plan.js';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/lint');

export interface RuleCase {
  /** What the case shows. */
  name: string;
  /** A folder under test/fixtures/lint/, laid over test/fixtures/lint/base/. */
  fixture: string;
  today: string;
  git?: GitFacts;
  history?: PlanHistory;
  /** The rule's options, as bcp.config.yaml would give them (`[severity, options]`). */
  options?: Record<string, unknown>;
  /** What a pull request changed (`--base`), compared against the same plan the case loads. */
  changes?: PlanComparison;
  /** What history says about the plan's printed copies, gathered from a repository holding the same plan. */
  printedCopies?: PrintedCopyFacts[];
  /** Words each finding's message must contain, in line order (optional). */
  messages?: string[];
}

/** A finding the fixture expects: a `# expect: <rule-id>` (or `<!-- expect: <rule-id> -->`) marker on its line. */
interface Expected {
  file: string;
  line: number;
  ruleId: string;
}

/**
 * Lints a fixture plan (base plan + case files, copied to a temporary folder) with one rule and checks that the
 * findings sit exactly on the lines the fixture marks, and nowhere else.
 */
export async function testRule(rule: LintRule, testCase: RuleCase): Promise<Diagnostic[]> {
  const dir = await mkdtemp(path.join(tmpdir(), `bcp-${rule.id}-`));
  try {
    await cp(path.join(fixtures, 'base'), dir, { recursive: true });
    await cp(path.join(fixtures, testCase.fixture), dir, { recursive: true });
    const loaded = await loadPlan(dir);
    const invalid = validatePlan(loaded).filter((d) => d.severity === 'error');
    expect(invalid, `fixture ${testCase.fixture} must be a valid plan`).toEqual([]);
    const { today, git, history, options } = testCase;
    const config: LintConfig = { rules: options ? { [rule.id]: [rule.severity, options] } : {} };
    const context = {
      today,
      git,
      history,
      ...(testCase.changes ? { changes: testCase.changes } : {}),
      ...(testCase.printedCopies ? { printedCopies: testCase.printedCopies } : {}),
    };
    const found = runLint(buildModel(loaded), context, config, [rule]);
    const actual = found.map((d) => ({ file: path.relative(dir, d.file), line: d.line, ruleId: d.ruleId }));
    expect(actual, testCase.name).toEqual(await expectedMarkers(dir));
    if (testCase.messages) {
      expect(found.length, 'one message per finding').toBe(testCase.messages.length);
      found.forEach((d, i) => expect(d.message).toContain(testCase.messages?.[i]));
    }
    return found;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const MARKER = /(?:#|<!--)\s*expect:\s*([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)/;

async function expectedMarkers(dir: string): Promise<Expected[]> {
  const entries = await readdir(dir, { recursive: true });
  const expected: Expected[] = [];
  for (const file of entries.filter((name) => /\.(ya?ml|md)$/.test(name)).sort()) {
    const lines = (await readFile(path.join(dir, file), 'utf8')).split('\n');
    lines.forEach((text, index) => {
      const ids = MARKER.exec(text)?.[1]?.split(',') ?? [];
      for (const ruleId of ids) expected.push({ file, line: index + 1, ruleId: ruleId.trim() });
    });
  }
  return expected.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.ruleId.localeCompare(b.ruleId));
}
