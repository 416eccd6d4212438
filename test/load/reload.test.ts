import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/load/load-plan.js';

// Watch mode loads the same folder again and again, and keeps the last parse of each file while its text is the
// same: a reload must still see every edit, and nothing done to one load's data may show in the next.

const fixture = path.join(import.meta.dirname, '..', 'fixtures', 'validate', 'valid-minimal');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'bcp-reload-'));
  await cp(fixture, dir, { recursive: true });
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loading a plan folder again', () => {
  it('sees an edit to a file it read before, with the new positions', async () => {
    const first = await loadPlan(dir);
    expect(first.data.plan?.organization).toBe('Harbour Freight Supplies');
    const file = path.join(dir, 'plan.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(file, `# one more line\n${text.replace('Harbour Freight Supplies', 'Harbour Freight Ltd')}`);
    const second = await loadPlan(dir);
    expect(second.data.plan?.organization).toBe('Harbour Freight Ltd');
    expect(second.locate(['plan', 'organization']).line).toBe(first.locate(['plan', 'organization']).line + 1);
  });

  it('gives every load data of its own', async () => {
    const first = await loadPlan(dir);
    first.data.people![0]!.name = 'Changed in memory';
    first.diagnostics.push({ ruleId: 'x', severity: 'error', message: 'x', file: 'x', line: 1, column: 1 });
    const second = await loadPlan(dir);
    expect(second.data.people![0]!.name).toBe('Jane Doe');
    expect(second.diagnostics).toEqual([]);
  });

  it('reports a syntax error again on every load while the file is broken', async () => {
    await writeFile(path.join(dir, 'extra.yaml'), 'people:\n  - id: [unclosed\n');
    const first = await loadPlan(dir);
    const second = await loadPlan(dir);
    expect(first.diagnostics.length).toBeGreaterThan(0);
    expect(second.diagnostics).toEqual(first.diagnostics);
  });
});
