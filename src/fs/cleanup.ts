import { readdirSync, readFileSync, rmSync } from 'node:fs';

/**
 * What must be undone when bcp is stopped by a signal in the middle of a stage: Chromium's process group killed,
 * staging and temporary folders removed, a previous output moved back. Each stage registers its own undo while it
 * holds something and releases it when done; the CLI runs what is left when SIGINT, SIGTERM or SIGHUP arrives.
 *
 * Every action is synchronous: the signal handler runs them and exits at once, so no stage can go on writing
 * (or keep a half-built site as `.partial`) after the user asked bcp to stop.
 */
const pending = new Map<number, () => void>();
let nextId = 0;

/** Registers an undo action; call the returned function once the thing it undoes is gone or finished. */
export function onInterrupt(action: () => void): () => void {
  const id = nextId++;
  pending.set(id, action);
  return () => void pending.delete(id);
}

/** Removes `folder` (and everything in it) if bcp is stopped before the returned release is called. */
export function removeOnInterrupt(folder: string): () => void {
  return onInterrupt(() => rmSync(folder, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 }));
}

/**
 * Removes a browser profile folder if bcp is stopped before the returned release is called, after killing the
 * process groups of every process started with it (read from /proc, so a browser still starting is found too).
 */
export function removeProfileOnInterrupt(userDataDir: string): () => void {
  return onInterrupt(() => {
    killProcessesUsing(userDataDir);
    rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  });
}

/** Kills the process groups of every process whose command line names `text` (a profile folder). */
export function killProcessesUsing(text: string): void {
  for (const pgrp of processesUsing(text)) killGroup(pgrp);
}

/** The process groups whose command line names `text`; none where there is no /proc (macOS, Windows). */
function processesUsing(text: string): Set<number> {
  const groups = new Set<number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return groups;
  }
  // Never our own group: that would kill bcp, and the shell's job with it.
  const own = processGroup('self');
  for (const entry of entries) {
    try {
      if (!readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(text)) continue;
      const pgrp = processGroup(entry);
      if (pgrp > 1 && pgrp !== own) groups.add(pgrp);
    } catch {
      // The process ended while we looked.
    }
  }
  return groups;
}

function processGroup(pid: string): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The fields after the command name (which may hold spaces and parentheses): state, ppid, pgrp.
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
}

/**
 * Kills a process group (puppeteer starts Chromium detached, as the leader of a group of its own, so a Ctrl-C in
 * the terminal never reaches it) if bcp is stopped before the returned release is called.
 */
export function killGroupOnInterrupt(pid: number): () => void {
  return onInterrupt(() => killGroup(pid));
}

export function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // ESRCH: the group is gone already.
    return;
  }
  // SIGKILL is delivered when each process is next scheduled; a moment's wait keeps a dying renderer from writing
  // into the profile folder after it was removed.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
}

/**
 * Runs every pending action, newest first (a browser is killed before its profile folder is removed, a staging
 * folder removed before the lock beside it is released). A failing action does not stop the others.
 * @returns the messages of the actions that failed.
 */
export function runInterruptActions(): string[] {
  const failures: string[] = [];
  const actions = [...pending.entries()].reverse();
  pending.clear();
  for (const [, action] of actions) {
    try {
      action();
    } catch (error) {
      failures.push((error as Error).message);
    }
  }
  return failures;
}
