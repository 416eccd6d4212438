// src/model/plan.generated.ts is generated from the schema; a schema change without regenerating fails here.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/paths.js';

const execFileAsync = promisify(execFile);

describe('generated plan types', () => {
  it('are up to date with schemas/plan.schema.json', async () => {
    const run = execFileAsync(process.execPath, ['scripts/generate-types.mjs', '--check'], { cwd: repoRoot });
    // On failure the script prints the fix (`npm run generate:types`); the rejection carries it in stderr.
    await expect(run).resolves.toMatchObject({ stderr: '' });
  });
});
