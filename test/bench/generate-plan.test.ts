import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_TODAY, generatePlan, SIZES } from '../../bench/generate-plan.mjs';
import { checkPlan } from '../../src/pipeline/check.js';
import type { Diagnostic } from '../../src/core/diagnostic.js';

// The benchmark measures bcp on generated plans; a generator that rots into invalid plans would measure error
// reporting instead. These tests keep it honest without running the benchmark.

let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'bcp-bench-test-'));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const errors = (diagnostics: Diagnostic[]): string[] =>
  diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.ruleId} ${d.message}`);

describe('bench/generate-plan', () => {
  it('writes a medium plan of the sizes the issue asks for, split over several files, that validates', async () => {
    const dir = path.join(work, 'medium');
    const counts = await generatePlan(dir, 'medium');
    expect(counts).toMatchObject({ scenarios: 100, people: 500, systems: 200, vendors: 100 });
    const yamlFiles = (await readdir(dir)).filter((name) => name.endsWith('.yaml'));
    expect(yamlFiles.length).toBeGreaterThan(5);
    const { diagnostics, model } = await checkPlan(dir, { today: BENCH_TODAY, lint: false });
    expect(errors(diagnostics)).toEqual([]);
    expect(model).toBeDefined();
  });

  it('writes plans that lint without errors', async () => {
    // A smaller plan than medium: linting it is what takes time, and the shape is the same.
    const dir = path.join(work, 'lint');
    await generatePlan(dir, { ...SIZES.medium, scenarios: 30, people: 120, systems: 60, vendors: 30 });
    const { diagnostics } = await checkPlan(dir, { today: BENCH_TODAY });
    expect(errors(diagnostics)).toEqual([]);
  });

  it('writes the same files for the same size and seed', async () => {
    const size = { ...SIZES.medium, scenarios: 20, people: 60, systems: 40, vendors: 20 };
    const [first, second] = [path.join(work, 'a'), path.join(work, 'b')];
    await generatePlan(first, size, { seed: 7 });
    await generatePlan(second, size, { seed: 7 });
    expect(await digest(second)).toEqual(await digest(first));
  });
});

/** One hash per file, by path. */
async function digest(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const hashes: Record<string, string> = {};
  for (const entry of files) {
    const file = path.join(entry.parentPath, entry.name);
    hashes[path.relative(dir, file)] = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
  }
  return hashes;
}
