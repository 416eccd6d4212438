import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { listFiles, readManifest } from './manifest.js';

/** Raised when publishing would delete or overwrite files that bcp did not write. */
export class OutputNotOursError extends Error {
  override readonly name = 'OutputNotOursError';
}

/** A fresh folder next to the output (same file system, so the final move is a rename). */
export async function stagingFolder(out: string, label = 'tmp'): Promise<string> {
  const parent = path.dirname(path.resolve(out));
  await mkdir(parent, { recursive: true });
  const staging = path.join(parent, `.${path.basename(out)}.bcp-${label}-${randomBytes(4).toString('hex')}`);
  await mkdir(staging);
  return staging;
}

/**
 * Refuses to replace an output folder that holds anything bcp did not write: a folder is bcp's when it is
 * empty, or when its manifest lists every file in it.
 */
export async function assertReplaceable(out: string): Promise<void> {
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
