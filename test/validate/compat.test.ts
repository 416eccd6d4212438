import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/pipeline/check.js';
import { repoRoot } from '../helpers/paths.js';

// The example plan as it was before unknowns, know-how and forms (a single `deputy` per person, know-how as a
// list on each person, no `know_how` or `forms` section): a plan valid then stays valid.
const plan01 = path.join(repoRoot, 'test', 'fixtures', 'compat', 'plan-0.1');

describe('a plan written for bcp 0.1', () => {
  it('still validates, with no schema or reference error', async () => {
    const result = await checkPlan(plan01, { today: '2026-11-27' });
    const errors = result.diagnostics.filter((d) => ['yaml', 'schema', 'reference'].includes(d.ruleId));
    expect(errors).toEqual([]);
    expect(result.model).toBeDefined();
  });
});
