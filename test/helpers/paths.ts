import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: CLI processes run here, as a user would run bcp from a clone. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The plan folders under test/fixtures/validate, one per kind of problem. */
export const validateFixtures = path.join(repoRoot, 'test', 'fixtures', 'validate');

/** The absolute path of one validate fixture, like `bad-date` or `path-escape/plan`. */
export function fixtureDir(name: string): string {
  return path.join(validateFixtures, ...name.split('/'));
}
