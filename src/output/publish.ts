import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { onInterrupt } from '../fs/cleanup.js';
import { listFiles, readManifest } from './manifest.js';

/** Raised when publishing would delete or overwrite files that bcp did not write. */
export class OutputNotOursError extends Error {
  override readonly name = 'OutputNotOursError';
}

/**
 * A fresh folder next to the output (same file system, so the final move is a rename). Its name carries bcp's pid,
 * so a later build can tell a staging folder of a killed bcp from one in use (see removeLeftovers).
 */
export async function stagingFolder(out: string, label = 'tmp'): Promise<string> {
  const parent = path.dirname(path.resolve(out));
  await mkdir(parent, { recursive: true });
  const name = `.${path.basename(path.resolve(out))}.bcp-${label}-${process.pid}-${randomBytes(4).toString('hex')}`;
  const staging = path.join(parent, name);
  await mkdir(staging);
  return staging;
}

/**
 * Refuses to replace an output folder that holds anything bcp did not write: a folder is bcp's when it is
 * empty, or when its manifest lists every file in it.
 */
export async function assertReplaceable(out: string): Promise<void> {
  const info = await stat(out).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (info && !info.isDirectory()) {
    throw new OutputNotOursError(
      `\`${out}\` is a file, not a folder; give --out a folder (bcp writes site/ and binder.pdf into it)`,
    );
  }
  const entries = await readdir(out).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (!entries || entries.length === 0) return;
  const manifest = await readManifest(out);
  if (!manifest) {
    throw new OutputNotOursError(
      `\`${out}\` already exists and was not written by bcp (no manifest.json); choose another --out or empty it`,
    );
  }
  const foreign = (await listFiles(out)).filter((file) => file !== 'manifest.json' && !(file in manifest.files));
  if (foreign.length > 0) {
    const shown = foreign.slice(0, 3).join(', ') + (foreign.length > 3 ? `, and ${foreign.length - 3} more` : '');
    throw new OutputNotOursError(
      `\`${out}\` holds files bcp did not write (${shown}); move them out of it, or choose another --out`,
    );
  }
}

/** Moves a finished staging folder into place, replacing the previous output only after the new one is complete. */
export async function publish(staging: string, out: string): Promise<void> {
  await assertReplaceable(out);
  const previous = `${staging}-previous`;
  // Stopped between the two renames, the last good output is back in place; stopped after them, the new one stays.
  const release = onInterrupt(() => {
    if (!existsSync(out) && existsSync(previous)) renameSync(previous, out);
    rmSync(previous, { recursive: true, force: true });
  });
  try {
    await swap(staging, out, previous);
  } finally {
    release();
  }
}

async function swap(staging: string, out: string, previous: string): Promise<void> {
  const hadPrevious = await rename(out, previous).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false;
      throw error;
    },
  );
  try {
    await rename(staging, out);
  } catch (error) {
    if (hadPrevious) await rename(previous, out);
    throw error;
  }
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
}
