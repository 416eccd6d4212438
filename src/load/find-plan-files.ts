import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { PlanLoadError } from './load-error.js';

const YAML_FILE = /\.ya?ml$/i;

/**
 * Every YAML file of a plan folder and its subfolders, sorted so that the merged plan is the same on every machine.
 * plan.yaml comes first: it is where `plan:` belongs, so a copy of a section elsewhere is the one reported.
 */
export async function findPlanFiles(planDir: string): Promise<string[]> {
  const info = await stat(planDir).catch(() => undefined);
  if (!info) throw new PlanLoadError(`plan folder \`${planDir}\` does not exist`);
  if (!info.isDirectory())
    throw new PlanLoadError(`\`${planDir}\` is not a folder; give the folder that holds plan.yaml`);
  const entries = await readdir(planDir, { recursive: true, withFileTypes: true }).catch((error: unknown) => {
    throw new PlanLoadError(`cannot read plan folder \`${planDir}\`: ${(error as Error).message}`);
  });
  const files = entries
    .filter((entry) => entry.isFile() && YAML_FILE.test(entry.name))
    .map((entry) => path.relative(planDir, path.join(entry.parentPath, entry.name)))
    .filter((relative) => !relative.split(path.sep).some((part) => part.startsWith('.') || part === 'node_modules'))
    .map((relative) => relative.split(path.sep).join('/'))
    .sort(planYamlFirst);
  if (files.length === 0) throw new PlanLoadError(`no plan files (*.yaml) in \`${planDir}\``);
  return files;
}

function planYamlFirst(a: string, b: string): number {
  return Number(b === 'plan.yaml') - Number(a === 'plan.yaml') || (a < b ? -1 : a > b ? 1 : 0);
}
