import { lstat, readdir, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../core/diagnostic.js';
import { eachFile } from '../fs/each-file.js';
import { fsProblem } from '../fs/fs-problem.js';
import { PlanLoadError } from './load-error.js';
import { formatSize, sizeLimits, type SizeLimits } from './size-limits.js';

const YAML_FILE = /\.ya?ml$/i;

/** The YAML files of a plan folder, and what was named like one but cannot be read as part of the plan. */
export interface PlanFolder {
  files: string[];
  /** A symbolic link, a FIFO, a folder named `*.yaml`: each said, never skipped in silence. */
  skipped: Diagnostic[];
}

/**
 * Every YAML file of a plan folder and its subfolders, sorted so that the merged plan is the same on every machine.
 * plan.yaml comes first: it is where `plan:` belongs, so a copy of a section elsewhere is the one reported.
 */
export async function findPlanFiles(planDir: string): Promise<string[]> {
  return (await readPlanFolder(planDir)).files;
}

/**
 * findPlanFiles with what it left out, each as a diagnostic. Refuses a file or a plan larger than the size limits.
 * @throws PlanLoadError when the folder cannot be read, holds no YAML file, or is too large.
 */
export async function readPlanFolder(planDir: string, limits: SizeLimits = sizeLimits()): Promise<PlanFolder> {
  const info = await stat(planDir).catch(() => undefined);
  if (!info) throw new PlanLoadError(`plan folder \`${planDir}\` does not exist`);
  if (!info.isDirectory())
    throw new PlanLoadError(`\`${planDir}\` is not a folder; give the folder that holds plan.yaml`);
  const entries = await readdir(planDir, { recursive: true, withFileTypes: true }).catch((error: unknown) => {
    throw new PlanLoadError(fsProblem(error) ?? `cannot read plan folder \`${planDir}\`: ${(error as Error).message}`);
  });
  const named = entries
    .filter((entry) => YAML_FILE.test(entry.name))
    .map((entry) => ({ entry, relative: toRelative(planDir, entry) }))
    .filter(({ relative }) => !relative.split('/').some((part) => part.startsWith('.') || part === 'node_modules'));
  const files = named.filter(({ entry }) => entry.isFile()).map(({ relative }) => relative);
  const skipped = named
    .filter(({ entry }) => !entry.isFile())
    .map(({ entry, relative }) => notAFile(path.join(planDir, relative), entry));
  if (files.length === 0) throw new PlanLoadError(`no plan files (*.yaml) in \`${planDir}\``);
  await assertWithinLimits(planDir, files, limits);
  return { files: files.sort(planYamlFirst), skipped };
}

function toRelative(planDir: string, entry: Dirent): string {
  return path.relative(planDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
}

function notAFile(file: string, entry: Dirent): Diagnostic {
  const at = { file, line: 1, column: 1, ruleId: 'plan-file' };
  if (entry.isDirectory()) {
    return {
      ...at,
      severity: 'warning',
      message: 'this is a folder named like a YAML file; the YAML files inside it are read, the name means nothing',
      hint: 'rename the folder so that its name does not end in .yaml',
    };
  }
  const kind = entry.isSymbolicLink()
    ? 'a symbolic link'
    : entry.isFIFO()
      ? 'a FIFO (named pipe)'
      : 'not a regular file';
  return {
    ...at,
    severity: 'error',
    message: `this is ${kind}, so it is not read: the plan is missing whatever it holds`,
    hint: entry.isSymbolicLink()
      ? 'bcp does not follow links in a plan folder (one could lead outside it); put the file itself in the folder'
      : 'plan files must be regular files; replace it with the file, or rename it so that it does not end in .yaml',
  };
}

async function assertWithinLimits(planDir: string, files: string[], limits: SizeLimits): Promise<void> {
  const sizes = await eachFile(files, async (relative) => (await lstat(path.join(planDir, relative))).size);
  const largest = sizes.reduce((best, size, index) => (size > sizes[best]! ? index : best), 0);
  if (sizes[largest]! > limits.file) {
    throw new PlanLoadError(
      `\`${path.join(planDir, files[largest]!)}\` is ${formatSize(sizes[largest]!)}, larger than the limit of ` +
        `${formatSize(limits.file)} for one plan file; split it, remove what does not belong in the plan, or raise ` +
        'the limit with BCP_MAX_FILE_SIZE (e.g. BCP_MAX_FILE_SIZE=20MB)',
    );
  }
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (total > limits.plan) {
    throw new PlanLoadError(
      `the plan in \`${planDir}\` holds ${formatSize(total)} of YAML in ${files.length} files, more than the limit ` +
        `of ${formatSize(limits.plan)}; remove what does not belong in the plan, or raise the limit with ` +
        'BCP_MAX_PLAN_SIZE (e.g. BCP_MAX_PLAN_SIZE=100MB)',
    );
  }
}

function planYamlFirst(a: string, b: string): number {
  return Number(b === 'plan.yaml') - Number(a === 'plan.yaml') || (a < b ? -1 : a > b ? 1 : 0);
}
