import path from 'node:path';
import { hashFile, listFiles, MANIFEST, readManifest } from './manifest.js';

export interface VerifyProblem {
  file: string;
  problem: 'changed' | 'missing' | 'unexpected';
}

export type VerifyResult =
  | { ok: true; files: number }
  | { ok: false; problems: VerifyProblem[]; files: number }
  | { ok: false; noManifest: true };

/** Checks an off-site copy of a build against its manifest: every file present, unchanged, and nothing added. */
export async function verifyOutput(dir: string): Promise<VerifyResult> {
  const manifest = await readManifest(dir);
  if (!manifest) return { ok: false, noManifest: true };
  const problems: VerifyProblem[] = [];
  // A folder that cannot be listed is an error (with its path), not a copy with every file missing.
  const present = new Set(await listFiles(dir));
  for (const [file, expected] of Object.entries(manifest.files)) {
    if (!present.has(file)) problems.push({ file, problem: 'missing' });
    else if ((await hashFile(path.join(dir, file))).sha256 !== expected.sha256)
      problems.push({ file, problem: 'changed' });
  }
  for (const file of present) {
    if (file !== MANIFEST && !(file in manifest.files)) problems.push({ file, problem: 'unexpected' });
  }
  const files = Object.keys(manifest.files).length;
  return problems.length === 0 ? { ok: true, files } : { ok: false, problems, files };
}
