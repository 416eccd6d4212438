import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { PlanLoadError } from '../../src/load/load-error.js';
import { loadPlan } from '../../src/load/load-plan.js';
import { validatePlan } from '../../src/validate/validate-plan.js';
import { repoRoot } from '../helpers/paths.js';

/**
 * The fuzzing budget. CI runs a fixed seed for a few seconds per property; `npm run fuzz` sets FUZZ_RUNS (and
 * FUZZ_SECONDS) much higher and a fresh seed unless FUZZ_SEED is given, and prints the seed of any failure.
 */
export const budget = {
  numRuns: Number(process.env.FUZZ_RUNS ?? 150),
  seed:
    process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS ? Date.now() : 20261102,
  interruptAfterTimeLimit: Number(process.env.FUZZ_SECONDS ?? 12) * 1000,
};

/** vitest's bound on each property: its time budget, and time to shrink a counterexample. */
export const testTimeout = budget.interruptAfterTimeLimit + 60_000;

/** The example plan's YAML files, by name: the seeds that mutations start from. */
export async function examplePlanFiles(): Promise<Map<string, string>> {
  const dir = path.join(repoRoot, 'plan');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.yaml')).sort();
  return new Map(
    await Promise.all(names.map(async (name) => [name, await readFile(path.join(dir, name), 'utf8')] as const)),
  );
}

/** A scratch plan folder that each run rewrites. */
export async function scratchFolder(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bcp-fuzz-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Writes the files (nothing else is left in the folder) and returns what bcp says about them. */
export async function loadAndValidate(
  dir: string,
  files: Map<string, string | Uint8Array>,
): Promise<Diagnostic[] | PlanLoadError> {
  for (const name of await readdir(dir)) await rm(path.join(dir, name), { recursive: true, force: true });
  for (const [name, content] of files) await writeFile(path.join(dir, name), content);
  try {
    const plan = await loadPlan(dir);
    return [...plan.diagnostics, ...validatePlan(plan)];
  } catch (error) {
    // A clean refusal is a PlanLoadError with one sentence; anything else thrown is a crash, and fails the property.
    if (error instanceof PlanLoadError) return error;
    throw error;
  }
}

/** "Diagnostics or a clean refusal": every diagnostic points at a real line and column with words in it. */
export function expectWellFormed(result: Diagnostic[] | PlanLoadError): void {
  if (result instanceof PlanLoadError) {
    expect(result.message).not.toMatch(/\n|at .*\.js:\d+/);
    return;
  }
  for (const d of result) {
    expect(d.message.length).toBeGreaterThan(0);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.message).not.toMatch(/call stack|undefined is not|cannot read properties/i);
  }
}

/** Edits a person might make by mistake, or a disk might make: each maps a text to a text. */
export const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom(
      '\t',
      '[',
      '{',
      '"',
      "'",
      ': ',
      '- ',
      '&a ',
      '*a',
      '<<: ',
      '!!js/function ',
      '---\n',
      '#',
      '\r',
      '\u0000',
      '\uFEFF',
      '%',
      '@',
      '`',
      '|',
      '>',
      '?',
      ',',
      ']',
      '}',
      '\n  ',
    ),
  }),
  fc.record({ kind: fc.constant('insert-random' as const), at: fc.nat(), text: fc.string({ maxLength: 12 }) }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

export type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

export function mutate(text: string, change: Mutation): string {
  const lines = text.split('\n');
  const line = (at: number): number => at % Math.max(lines.length, 1);
  switch (change.kind) {
    case 'delete-line':
      lines.splice(line(change.at), 1);
      return lines.join('\n');
    case 'duplicate-line':
      lines.splice(line(change.at), 0, lines[line(change.at)] ?? '');
      return lines.join('\n');
    case 'swap-lines': {
      const [a, b] = [line(change.at), line(change.with)];
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      return lines.join('\n');
    }
    case 'insert':
    case 'insert-random': {
      const at = change.at % (text.length + 1);
      return text.slice(0, at) + change.text + text.slice(at);
    }
    case 'indent': {
      const index = line(change.at);
      const current = lines[index] ?? '';
      lines[index] =
        change.by >= 0 ? ' '.repeat(change.by) + current : current.replace(new RegExp(`^ {0,${-change.by}}`), '');
      return lines.join('\n');
    }
    case 'truncate':
      return text.slice(0, change.at % (text.length + 1));
  }
}
