import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { planSchema } from '../../src/core/plan-schema.js';
import { compilePlanSchema, planAjv } from '../../src/validate/schema-validator.js';
import { precompiled, standaloneModule, standaloneOptions } from '../../src/validate/standalone.js';

const root = path.resolve(import.meta.dirname, '../..');

/** Every YAML file of the fixtures and of the example plan: valid ones and every kind of mistake the tests make. */
const files = ['test/fixtures', 'plan']
  .flatMap((dir) =>
    readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }).map((f) => path.join(dir, f)),
  )
  .filter((file) => file.endsWith('.yaml'))
  .sort();

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

/** The generated module, in the checkout (ignored by git): it requires ajv's runtime from node_modules, as lib/ does. */
async function writeStandalone(): Promise<URL> {
  const dir = await mkdtemp(path.join(root, '.bcp-tmp-standalone-'));
  made.push(dir);
  const file = pathToFileURL(path.join(dir, 'plan-validator.standalone.cjs'));
  await writeFile(file, standaloneModule(planAjv(standaloneOptions()), planSchema()));
  return file;
}

describe('the plan schema compiled ahead of time (ajv standalone)', () => {
  it('reports the same errors as the schema compiled at run time, on every fixture', async () => {
    const standalone = precompiled(await writeStandalone(), planSchema());
    expect(standalone).toBeDefined();
    const runtime = compilePlanSchema();
    expect(files.length).toBeGreaterThan(50);
    let invalid = 0;
    for (const file of files) {
      let data: unknown;
      try {
        data = parse(await readFile(path.join(root, file), 'utf8'), { logLevel: 'error' });
      } catch {
        continue; // A fixture of a YAML syntax error: nothing for the schema.
      }
      const ok = runtime(data);
      expect(standalone!(data), file).toBe(ok);
      expect(standalone!.errors ?? null, file).toEqual(runtime.errors ?? null);
      if (!ok) invalid += 1;
    }
    // The comparison means something only if many files have errors to compare.
    expect(invalid).toBeGreaterThan(10);
  });

  it('is not used when it was made from another schema', async () => {
    const file = await writeStandalone();
    const changed = { ...planSchema(), title: 'another schema' };
    expect(precompiled(file, changed)).toBeUndefined();
    expect(precompiled(new URL('missing.cjs', file), planSchema())).toBeUndefined();
  });
});
