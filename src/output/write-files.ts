import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { eachFile } from '../fs/each-file.js';
import { naming } from '../fs/fs-problem.js';
import type { OutputFile } from '../render/output-file.js';
import type { OutputMemory } from './output-memory.js';

/** Where unchanged files can be linked from instead of written (`bcp watch`): see OutputMemory. */
export interface Reuse {
  memory: OutputMemory;
  /** The published output folder, and the staging folder that replaces it. */
  out: string;
  staging: string;
  /** Where `dir` sits in both, with a trailing `/` (`site/`), or ''. */
  prefix: string;
}

/** Writes what render made into `dir` (a staging folder), each file at its relative path. */
export async function writeFiles(dir: string, files: readonly OutputFile[], reuse?: Reuse): Promise<void> {
  const target = (file: OutputFile): string => path.join(dir, ...file.path.split('/'));
  // The folders first, then the files several at a time: one at a time, a site of a thousand pages waits on each
  // write; all at once, it runs out of open files.
  for (const folder of new Set(files.map((file) => path.dirname(target(file))))) {
    await mkdir(folder, { recursive: true });
  }
  await eachFile(files, async (file) => {
    const relative = `${reuse?.prefix ?? ''}${file.path}`;
    if (reuse && (await reuse.memory.linkUnchanged(reuse.out, reuse.staging, relative, file.bytes))) return;
    await naming(target(file), writeFile(target(file), file.bytes));
    reuse?.memory.wrote(relative, file.bytes);
  });
}
