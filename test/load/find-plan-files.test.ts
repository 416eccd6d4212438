import { describe, expect, it } from 'vitest';
import { findPlanFiles } from '../../src/load/find-plan-files.js';
import { PlanLoadError } from '../../src/load/load-error.js';
import { fixtureDir } from '../helpers/paths.js';

describe('findPlanFiles', () => {
  it('puts plan.yaml first and sorts the rest', async () => {
    expect(await findPlanFiles(fixtureDir('plan-section-twice'))).toEqual(['plan.yaml', 'extra.yaml']);
    expect(await findPlanFiles(fixtureDir('duplicate-id-across-files'))).toEqual(['plan.yaml', 'team.yaml']);
  });

  it('ignores files that are not YAML', async () => {
    expect(await findPlanFiles(fixtureDir('path-escape'))).toEqual(['plan/plan.yaml', 'plan/scenarios.yaml']);
  });

  it('refuses a folder without YAML files', async () => {
    await expect(findPlanFiles(fixtureDir('no-yaml-files'))).rejects.toThrow(PlanLoadError);
  });

  it('refuses a file given in place of the folder', async () => {
    await expect(findPlanFiles(`${fixtureDir('valid-minimal')}/plan.yaml`)).rejects.toThrow(/is not a folder/);
  });
});
