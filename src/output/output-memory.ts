import { createHash } from 'node:crypto';
import { link, stat } from 'node:fs/promises';
import path from 'node:path';

type Bytes = string | Uint8Array;

/** A file of an output: its hash and size for the manifest, and the bytes it was written from, when bcp has them. */
interface Known {
  sha256: string;
  size: number;
  bytes?: Bytes;
}

/** A file as it was published: what it held, and how to tell that nobody has written to it since. */
interface Published extends Known {
  mtimeMs: number;
  ino: number;
}

/**
 * What `bcp watch` last published, so that the next build writes only the files that changed.
 *
 * Every build is still made whole in a staging folder and moved into place at once, so a stopped build never
 * leaves a mix of two versions. A file that holds the same bytes as the one already published is hard-linked into
 * the staging folder instead of written again, and its hash is taken from memory instead of read back for the
 * manifest. A published file is reused only while its size, time and inode are still those bcp saw when it
 * published it: a file changed since (by hand, by a copy tool) is written again.
 */
export class OutputMemory {
  private published = new Map<string, Published>();
  private staged = new Map<string, Known>();

  /** Starts a build: nothing is staged yet. */
  begin(): void {
    this.staged.clear();
  }

  /**
   * Links `out/relative` into `staging/relative` when the published file is untouched and (when `bytes` are given)
   * holds these bytes. False when it must be written instead: changed, not there, or a disk without hard links.
   */
  async linkUnchanged(out: string, staging: string, relative: string, bytes?: Bytes): Promise<boolean> {
    const before = this.published.get(relative);
    if (!before || (bytes !== undefined && (before.bytes === undefined || !sameBytes(before.bytes, bytes)))) {
      return false;
    }
    const from = path.join(out, ...relative.split('/'));
    const now = await stat(from).catch(() => undefined);
    if (!now || now.size !== before.size || now.mtimeMs !== before.mtimeMs || now.ino !== before.ino) return false;
    const linked = await link(from, path.join(staging, ...relative.split('/'))).then(
      () => true,
      () => false,
    );
    if (linked) this.staged.set(relative, before);
    return linked;
  }

  /** Notes a file written into the staging folder from these bytes. */
  wrote(relative: string, bytes: Bytes): void {
    const buffer = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
    this.staged.set(relative, { sha256: sha256(buffer), size: buffer.length, bytes });
  }

  /** The hash and size of a staged file, when this build linked or wrote it. */
  known(relative: string): { sha256: string; bytes: number } | undefined {
    const staged = this.staged.get(relative);
    return staged && { sha256: staged.sha256, bytes: staged.size };
  }

  /** After the publish: remembers what `out` now holds, as found on disk, for the next build to compare with. */
  async publishedTo(out: string, manifest: Record<string, { sha256: string; bytes: number }>): Promise<void> {
    const published = new Map<string, Published>();
    for (const [relative, entry] of Object.entries(manifest)) {
      const now = await stat(path.join(out, ...relative.split('/'))).catch(() => undefined);
      if (!now) continue;
      const bytes = this.staged.get(relative)?.bytes;
      published.set(relative, {
        sha256: entry.sha256,
        size: entry.bytes,
        mtimeMs: now.mtimeMs,
        ino: now.ino,
        ...(bytes === undefined ? {} : { bytes }),
      });
    }
    this.published = published;
    this.staged.clear();
  }
}

function sameBytes(a: Bytes, b: Bytes): boolean {
  if (a === b) return true;
  if (typeof a === 'string' || typeof b === 'string') {
    return typeof a === 'string' && typeof b === 'string' ? a === b : Buffer.from(a).equals(Buffer.from(b));
  }
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
