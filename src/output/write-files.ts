import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { eachFile } from '../fs/each-file.js';
import { naming } from '../fs/fs-problem.js';
import type { OutputFile } from '../render/output-file.js';

/** Writes what render made into `dir` (a staging folder), each file at its relative path. */
export async function writeFiles(dir: string, files: readonly OutputFile[]): Promise<void> {
  const target = (file: OutputFile): string => path.join(dir, ...file.path.split('/'));
  // The folders first, then the files several at a time: one at a time, a site of a thousand pages waits on each
  // write; all at once, it runs out of open files.
  for (const folder of new Set(files.map((file) => path.dirname(target(file))))) {
    await mkdir(folder, { recursive: true });
  }
  await eachFile(files, (file) => naming(target(file), writeFile(target(file), file.bytes)));
}
