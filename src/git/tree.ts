import { gitBytes } from './run-git.js';

/** A regular file of the plan folder at a commit: its path inside the folder and its bytes. */
export interface PlanFile {
  relative: string;
  bytes: Buffer;
}

interface TreeEntry {
  sha: string;
  relative: string;
}

/**
 * The plan folder's regular files at `commit`: symbolic links and submodules are left out, as the working-tree
 * loader skips them too. Empty when the folder did not exist then.
 */
export async function planFilesAt(root: string, prefix: string, commit: string): Promise<PlanFile[]> {
  const entries = await treeEntries(root, prefix, commit);
  if (entries.length === 0) return [];
  const blobs = await blobBytes(
    root,
    entries.map((entry) => entry.sha),
  );
  return entries.map((entry, index) => ({ relative: entry.relative, bytes: blobs[index] ?? Buffer.alloc(0) }));
}

async function treeEntries(root: string, prefix: string, commit: string): Promise<TreeEntry[]> {
  const spec = prefix === '' ? [] : ['--', prefix];
  const out = await gitBytes(root, ['ls-tree', '-r', '-z', '--full-tree', commit, ...spec]);
  const entries: TreeEntry[] = [];
  for (const record of out.toString('utf8').split('\0')) {
    const match = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(record);
    if (!match) continue;
    const [, mode = '', type = '', sha = '', file = ''] = match;
    // Regular files only: 120000 is a symbolic link, 160000 a submodule.
    if (type !== 'blob' || !mode.startsWith('100')) continue;
    entries.push({ sha, relative: file.slice(prefix.length) });
  }
  return entries;
}

/** Every blob's bytes through one `git cat-file --batch`: a large plan has thousands of files. */
async function blobBytes(root: string, shas: readonly string[]): Promise<Buffer[]> {
  const out = await gitBytes(root, ['cat-file', '--batch'], `${shas.join('\n')}\n`);
  const blobs: Buffer[] = [];
  let offset = 0;
  for (let i = 0; i < shas.length; i++) {
    const headerEnd = out.indexOf(0x0a, offset);
    const header = out.subarray(offset, headerEnd).toString('utf8');
    const size = Number(header.split(' ')[2]);
    if (!Number.isInteger(size)) throw new Error(`git cat-file could not read ${shas[i]}: ${header}`);
    blobs.push(out.subarray(headerEnd + 1, headerEnd + 1 + size));
    offset = headerEnd + 1 + size + 1;
  }
  return blobs;
}
