import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { removeOnInterrupt } from '../fs/cleanup.js';
import { pidAlive } from '../fs/pid-alive.js';

/** Raised when another bcp process is writing the same output folder. */
export class OutputLockedError extends Error {
  override readonly name = 'OutputLockedError';
}

interface LockHolder {
  pid: number;
  started: string;
  host: string;
}

/** The lock file beside an output folder: `dist` is locked by `.dist.bcp-lock`. */
export function lockFile(out: string): string {
  const resolved = path.resolve(out);
  return path.join(path.dirname(resolved), `.${path.basename(resolved)}.bcp-lock`);
}

/**
 * Runs `write` holding the output's lock, so that two builds into one folder cannot interleave their publishes
 * (the later one would silently win). A lock left by a process that no longer runs on this machine is taken over.
 * @throws OutputLockedError naming the holder's pid, host and start time.
 */
export async function withOutputLock<T>(out: string, write: () => Promise<T>): Promise<T> {
  const file = lockFile(out);
  const release = await acquire(file, out);
  try {
    return await write();
  } finally {
    await rm(file, { force: true });
    release();
  }
}

/**
 * Makes the lock file, and returns how to stop removing it on a signal. The removal is set up the moment the file
 * exists, before it is written: a signal in between (a test sent one as soon as the file appeared) left the lock.
 */
async function acquire(file: string, out: string): Promise<() => void> {
  // `--out build/site/dist` may name folders that do not exist yet: the lock goes where the output will.
  await mkdir(path.dirname(file), { recursive: true });
  const me: LockHolder = { pid: process.pid, started: new Date().toISOString(), host: os.hostname() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(file, 'wx');
      const release = removeOnInterrupt(file);
      try {
        await handle.writeFile(`${JSON.stringify(me)}\n`);
      } finally {
        await handle.close();
      }
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readHolder(file);
    if (!holder && (await youngerThan(file, 5_000))) {
      throw new OutputLockedError(`another bcp is starting to write \`${out}\` (\`${file}\` was just made); try again`);
    }
    if (holder && (holder.host !== me.host || pidAlive(holder.pid))) {
      const where = holder.host === me.host ? '' : ` on ${holder.host}`;
      throw new OutputLockedError(
        `another bcp (pid ${holder.pid}${where}, started ${holder.started}) is writing \`${out}\`; ` +
          `wait for it to finish, or stop it. If no bcp runs, delete \`${file}\``,
      );
    }
    // Left by a bcp that was killed (or half written by one starting this instant): take it over.
    await rm(file, { force: true });
  }
  throw new OutputLockedError(`could not lock \`${out}\`: \`${file}\` keeps coming back; is another bcp starting?`);
}

async function readHolder(file: string): Promise<LockHolder | undefined> {
  try {
    const holder = JSON.parse(await readFile(file, 'utf8')) as Partial<LockHolder>;
    if (typeof holder.pid !== 'number' || typeof holder.host !== 'string') return undefined;
    return { pid: holder.pid, host: holder.host, started: String(holder.started) };
  } catch {
    return undefined;
  }
}

async function youngerThan(file: string, ms: number): Promise<boolean> {
  const info = await stat(file).catch(() => undefined);
  return info !== undefined && Date.now() - info.mtimeMs < ms;
}
