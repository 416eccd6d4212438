import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { repoRoot } from '../helpers/paths.js';
import { TestRepo } from '../git/test-repo.js';

/** A real repository holding a copy of the example plan in `plan/`, committed once on 2026-10-01. */
export async function examplePlanRepo(): Promise<TestRepo> {
  const repo = await TestRepo.create();
  await rm(repo.planDir, { recursive: true, force: true });
  await cp(path.join(repoRoot, 'plan'), repo.planDir, { recursive: true });
  await repo.commit('Example plan', '2026-10-01');
  return repo;
}

type Item = Record<string, unknown> & { id?: string };

/** A plan file's data, as far as the tests edit it. */
export interface PlanFileData {
  scenarios: Item[];
  people: Item[];
  vendors: Item[];
  systems: Item[];
  premises: Item[];
  communication: Item;
}

/**
 * Changes one plan file as a person would, through its data: `change` gets the file's data and may edit it in
 * place. The file is written back by the yaml library, so its layout changes too (which the diff must ignore).
 */
export async function editPlan(repo: TestRepo, file: string, change: (data: PlanFileData) => void): Promise<void> {
  const full = path.join(repo.planDir, file);
  const data = parse(await readFile(full, 'utf8')) as PlanFileData;
  change(data);
  await writeFile(full, stringify(data));
}

/** The item with `id` in a list section of a file's data. */
export function byId(list: unknown, id: string): Item {
  const found = (list as Item[]).find((item) => item.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}
