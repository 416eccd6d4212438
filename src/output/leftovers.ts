import { readdir, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { killProcessesUsing } from '../fs/cleanup.js';
import { pidAlive } from '../fs/pid-alive.js';
import { readManifest } from './manifest.js';
import { assertReplaceable } from './publish.js';

/**
 * What a bcp that was killed (SIGKILL, a power cut) could not remove: staging folders beside the output and
 * temporary print and Chromium folders. Each name carries the pid of the bcp that made it; a folder is removed only
 * when that process no longer runs. A `-previous` folder is the last good output caught in the middle of a publish:
 * when the output itself is missing, it is moved back instead of removed.
 */
export async function removeLeftovers(out: string): Promise<void> {
  const resolved = path.resolve(out);
  const parent = path.dirname(resolved);
  const pattern = new RegExp(`^\\.${escapeRegExp(path.basename(resolved))}\\.bcp-[a-z]+-(\\d+)-[0-9a-f]+(-previous)?$`);
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    const match = pattern.exec(name);
    if (!match || pidAlive(Number(match[1]))) continue;
    const folder = path.join(parent, name);
    if (match[2] && !(await exists(resolved)) && (await readManifest(folder))) await rename(folder, resolved);
    else await rm(folder, { recursive: true, force: true });
  }
}

/** Temporary print and Chromium folders (`bcp-print-<pid>-…`, `bcp-chromium-<pid>-…`) of bcp processes that died. */
export async function removeTempLeftovers(): Promise<void> {
  const dir = tmpdir();
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const match = /^bcp-(print|chromium)-(\d+)-/.exec(name);
    if (!match || pidAlive(Number(match[2]))) continue;
    // A Chromium whose bcp was killed outright may still run with this profile: it is an orphan, stop it.
    if (match[1] === 'chromium') killProcessesUsing(path.join(dir, name));
    await rm(path.join(dir, name), { recursive: true, force: true, maxRetries: 3 });
  }
}

/**
 * After a build succeeded, the site a failed build kept as `<out>.partial` is out of date: remove it, unless
 * something in it is not bcp's.
 */
export async function removeStalePartial(out: string): Promise<void> {
  const partial = partialFolder(out);
  if (!(await exists(partial))) return;
  try {
    await assertReplaceable(partial);
  } catch {
    return;
  }
  await rm(partial, { recursive: true, force: true });
}

export function partialFolder(out: string): string {
  return `${out.replace(/[\\/]+$/, '')}.partial`;
}

async function exists(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined)) !== undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
