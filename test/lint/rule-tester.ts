import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { Diagnostic, Severity } from '../../src/core/diagnostic.js';
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
  /** Read every marker with this severity instead: the same plan under other facts (a shallow clone) is a note. */
  severity?: Severity;
  /** Words each finding's message must contain, in line order (optional). */
  messages?: string[];
  /** Words each finding's hint must contain, in line order (optional). */
  hints?: string[];
}

/**
 * A finding the fixture expects, from a marker on its line: `# expect: <rule-id>@<column> <severity>` in YAML or
 * `<!-- expect: ... -->` in Markdown, several separated by commas. Where the finding's range ends is written after the
 * column: `@5-12` (column 12 of the same line) or `@5-9:3` (line 9, column 3).
 */
export interface Expected {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  ruleId: string;
  severity: string;
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
    const actual = found.map((d) => asExpected(path.relative(dir, d.file), d)).sort(byPlace);
    const expected = (await expectedMarkers(dir)).map((e) =>
      testCase.severity ? { ...e, severity: testCase.severity } : e,
    );
    expect(actual, testCase.name).toEqual(expected);
    if (testCase.messages) {
      expect(found.length, 'one message per finding').toBe(testCase.messages.length);
      found.forEach((d, i) => expect(d.message).toContain(testCase.messages?.[i]));
    }
    // Every finding tells the owner what to do, in words of its own: an empty or missing hint is a bug.
    for (const d of found) expect(d.hint?.trim().length ?? 0, `hint of: ${d.message}`).toBeGreaterThan(20);
    if (testCase.hints) {
      expect(found.length, 'one hint per finding').toBe(testCase.hints.length);
      found.forEach((d, i) => expect(d.hint).toContain(testCase.hints?.[i]));
    }
    return found;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** What the harness compares: where the finding is, to the column and end, and how serious it is. */
function asExpected(file: string, d: Diagnostic): Expected {
  const end =
    d.endLine === undefined || d.endColumn === undefined ? {} : { endLine: d.endLine, endColumn: d.endColumn };
  return { file, line: d.line, column: d.column, ...end, ruleId: d.ruleId, severity: d.severity };
}

function byPlace(a: Expected, b: Expected): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

const MARKER = /(?:#|<!--)\s*expect:\s*(.*?)\s*(?:-->)?\s*$/;
const ENTRY = /^([a-z0-9-]+)@(\d+)(?:-(?:(\d+):)?(\d+))? (error|warning|info)$/;

/** Reads one marker entry; a malformed entry fails the test rather than expecting nothing. */
export function parseMarker(file: string, line: number, entry: string): Expected {
  const match = ENTRY.exec(entry.trim());
  if (!match) throw new Error(`${file}:${line}: marker "${entry.trim()}" is not "<rule-id>@<column> <severity>"`);
  const [, ruleId = '', column, endLine, endColumn, severity = ''] = match;
  const end =
    endColumn === undefined ? {} : { endLine: endLine ? Number(endLine) : line, endColumn: Number(endColumn) };
  return { file, line, column: Number(column), ...end, ruleId, severity };
}

async function expectedMarkers(dir: string): Promise<Expected[]> {
  const entries = await readdir(dir, { recursive: true });
  const expected: Expected[] = [];
  for (const file of entries.filter((name) => /\.(ya?ml|md)$/.test(name)).sort()) {
    const lines = (await readFile(path.join(dir, file), 'utf8')).split('\n');
    lines.forEach((text, index) => {
      const entries = MARKER.exec(text)?.[1]?.split(',') ?? [];
      for (const entry of entries) expected.push(parseMarker(file, index + 1, entry));
    });
  }
  return expected.sort(byPlace);
}
