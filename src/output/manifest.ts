import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

export const MANIFEST = 'manifest.json';

/** What `dist/manifest.json` records: enough to check an off-site copy byte for byte. */
export interface Manifest {
  generator: 'bcp';
  version: string;
  organization: string;
  planVersion: string | null;
  commit: string | null;
  generated: string;
  /** Every file bcp wrote, by path relative to the output folder, with `/` separators. */
  files: Record<string, { sha256: string; bytes: number }>;
}

export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

export async function hashFile(file: string): Promise<{ sha256: string; bytes: number }> {
  const bytes = await readFile(file);
  return { sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
}

/**
 * Hashes every file in `dir` (except the manifest itself); sorted, so the manifest is reproducible too. `known`
 * gives the hash of a file bcp has just written or linked, so that it is not read back.
 */
export async function buildManifest(
  dir: string,
  about: Omit<Manifest, 'files' | 'generator'>,
  known: (file: string) => { sha256: string; bytes: number } | undefined = () => undefined,
): Promise<Manifest> {
  const files: Manifest['files'] = {};
  for (const file of await listFiles(dir)) {
    if (file !== MANIFEST) files[file] = known(file) ?? (await hashFile(path.join(dir, file)));
  }
  return { generator: 'bcp', ...about, files };
}

/**
 * The folder's manifest, or undefined when it has none or one bcp did not write. A manifest that is there but
 * cannot be read (permissions, a folder by that name) is an error: calling the folder "not bcp's" would send the
 * user looking for the wrong problem.
 */
export async function readManifest(dir: string): Promise<Manifest | undefined> {
  const text = await readFile(path.join(dir, MANIFEST), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
    throw error;
  });
  if (text === undefined) return undefined;
  try {
    const parsed = JSON.parse(text) as Partial<Manifest>;
    return parsed.generator === 'bcp' && typeof parsed.files === 'object' ? (parsed as Manifest) : undefined;
  } catch {
    return undefined;
  }
}
