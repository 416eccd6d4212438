import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { removeOnInterrupt } from '../fs/cleanup.js';
import { naming } from '../fs/fs-problem.js';
import { removeTempLeftovers } from './leftovers.js';

/** Writes a print HTML into the print folder and returns its path, for Chromium to load by file:// URL. */
export type StageHtml = (name: string, html: string) => Promise<string>;

/**
 * Runs `print` with a folder for the print HTML, removed afterwards. Chromium prints from a file:// URL (the fonts
 * are loaded beside it), so the HTML must be on disk; it is a build input, not output, so it lives in a temporary
 * folder of its own, not in dist/. The folder's name carries bcp's pid, so the next build removes it if this bcp
 * is killed outright.
 */
export async function withPrintFolder<T>(print: (stage: StageHtml) => Promise<T>): Promise<T> {
  await removeTempLeftovers();
  const printDir = await mkdtemp(path.join(tmpdir(), `bcp-print-${process.pid}-`));
  const release = removeOnInterrupt(printDir);
  try {
    return await print(async (name, html) => {
      const file = path.join(printDir, name);
      await naming(file, writeFile(file, html));
      return file;
    });
  } finally {
    await rm(printDir, { recursive: true, force: true });
    release();
  }
}
