import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { workersFor, WORKERS_FROM_BYTES, WORKERS_FROM_CORES } from '../../src/load/parse-in-workers.js';
import type { LoadedPlan } from '../../src/load/load-plan.js';
import type { PlanPath } from '../../src/core/plan-path.js';
import { repoRoot, validateFixtures } from '../helpers/paths.js';

// Worker threads run compiled JavaScript: this test loads the plan through lib/ (run `npm run compile` first), as
// the CLI tests do. From source, bcp parses on the main thread.
type LoadPlan = (dir: string, options?: { yamlWorkers?: number }) => Promise<LoadedPlan>;
let loadPlan: LoadPlan;
let compiledWorkersFor: typeof workersFor;
let runInterruptActions: () => string[];
const copies: string[] = [];

beforeAll(async () => {
  const lib = (file: string): string => pathToFileURL(path.join(repoRoot, 'lib', 'load', file)).href;
  ({ loadPlan } = (await import(lib('load-plan.js'))) as { loadPlan: LoadPlan });
  ({ workersFor: compiledWorkersFor } = (await import(lib('parse-in-workers.js'))) as {
    workersFor: typeof workersFor;
  });
  const cleanup = pathToFileURL(path.join(repoRoot, 'lib', 'fs', 'cleanup.js')).href;
  ({ runInterruptActions } = (await import(cleanup)) as { runInterruptActions: () => string[] });
});

afterAll(async () => {
  await Promise.all(copies.map((copy) => rm(copy, { recursive: true, force: true })));
});

/** Every path in the plan's data, down to each scalar, and a path under each that does not exist. */
function pathsOf(value: unknown, at: PlanPath = []): PlanPath[] {
  const here: PlanPath[] = [at, [...at, 'no-such-key']];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => pathsOf(item, [...at, i]))];
  if (value && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...at, key]))];
  return here;
}

/**
 * What a load gives the later stages: data, diagnostics, and the position of every value (key and value), with the
 * plan folder's path left out.
 */
function observed(plan: LoadedPlan): unknown {
  const positions = pathsOf(plan.data).map((p) => [plan.locate(p, 'key'), plan.locate(p, 'value')]);
  const seen = { data: plan.data, diagnostics: plan.diagnostics, positions, files: plan.files.map((f) => f.data) };
  return JSON.parse(JSON.stringify(seen).replaceAll(plan.dir, '<plan>')) as unknown;
}

/** A copy of the plan in a folder of its own: bcp keeps the last parse of each file by its path. */
async function copyOf(dir: string): Promise<string> {
  const copy = await mkdtemp(path.join(tmpdir(), 'bcp-yaml-workers-'));
  await cp(dir, copy, { recursive: true });
  copies.push(copy);
  return copy;
}

const plans = [
  path.join(repoRoot, 'plan'),
  ...['alias-bomb', 'duplicate-key', 'duplicate-id-across-files', 'empty-file', 'merge-key', 'multiple-documents']
    .concat(['non-utf8', 'plan-section-twice', 'tab-indentation', 'unknown-tag', 'yaml-syntax-error', 'wrong-type'])
    .map((name) => path.join(validateFixtures, name)),
];

describe('YAML parsed in worker threads', () => {
  test.each(plans)('gives the same data, diagnostics and positions as on the main thread: %s', async (dir) => {
    const inWorkers = await loadPlan(await copyOf(dir), { yamlWorkers: 2 });
    const onMainThread = await loadPlan(await copyOf(dir), { yamlWorkers: 0 });
    expect(observed(inWorkers)).toEqual(observed(onMainThread));
  });

  test('the example plan is parsed in workers when asked (the documents come back from them)', async () => {
    const plan = await loadPlan(await copyOf(path.join(repoRoot, 'plan')), { yamlWorkers: 2 });
    // A document put together from a worker's reply has no parse errors list filled by the parser's composer,
    // and its scalars carry no source text: the parse happened elsewhere.
    const scalar = (plan.files[0]!.doc.contents as { items: { key: { source?: string } }[] }).items[0]!.key;
    expect(scalar.source).toBeUndefined();
    expect(plan.files.every((file) => file.data !== undefined)).toBe(true);
  });

  test('stops its workers when bcp is stopped by a signal', async () => {
    const loading = loadPlan(await copyOf(path.join(repoRoot, 'plan')), { yamlWorkers: 2 });
    // What the CLI's signal handler runs; the load must fail rather than wait for workers that are gone.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(runInterruptActions()).toEqual([]);
    await expect(loading).rejects.toThrow(/YAML worker stopped/);
  });

  test('uses workers only for a plan of several megabytes of YAML on 2 cores or more, and never from source', () => {
    const big = Array.from({ length: 4 }, () => 'x'.repeat(Math.ceil(WORKERS_FROM_BYTES / 4)));
    expect(WORKERS_FROM_CORES).toBe(2);
    expect(compiledWorkersFor(big, WORKERS_FROM_CORES)).toBe(2);
    expect(compiledWorkersFor(big, 16)).toBe(4);
    expect(compiledWorkersFor(big, WORKERS_FROM_CORES - 1)).toBe(0);
    expect(compiledWorkersFor(['x'.repeat(WORKERS_FROM_BYTES - 1)], 8)).toBe(0);
    expect(
      compiledWorkersFor(
        big.map((text) => text.slice(0, 1000)),
        8,
      ),
    ).toBe(0);
    expect(workersFor(big, 8)).toBe(0);
  });
});
