import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { WatchEvent } from '../../src/watch/watch-session.js';
import { repoRoot } from '../helpers/paths.js';

/** A copy of the example plan in a fresh temporary folder, with an output folder beside it. */
export async function tempPlan(): Promise<{ dir: string; plan: string; out: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bcp-watch-'));
  const plan = path.join(dir, 'plan');
  await cp(path.join(repoRoot, 'plan'), plan, { recursive: true });
  return { dir, plan, out: path.join(dir, 'dist'), cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Collects a session's events and lets a test wait for the next one of a kind. */
export class EventLog {
  readonly events: WatchEvent[] = [];
  private waiters: { type: WatchEvent['type']; after: number; resolve: (event: WatchEvent) => void }[] = [];

  readonly push = (event: WatchEvent): void => {
    this.events.push(event);
    for (const waiter of [...this.waiters]) {
      const found = this.events.slice(waiter.after).find((e) => e.type === waiter.type);
      if (found) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(found);
      }
    }
  };

  /** The next event of this type after the events seen so far (or after `mark`). */
  next<T extends WatchEvent['type']>(type: T, mark = this.events.length): Promise<Extract<WatchEvent, { type: T }>> {
    const found = this.events.slice(mark).find((e) => e.type === type);
    if (found) return Promise.resolve(found as Extract<WatchEvent, { type: T }>);
    return new Promise((resolve) =>
      this.waiters.push({ type, after: mark, resolve: resolve as (e: WatchEvent) => void }),
    );
  }

  count(type: WatchEvent['type'], mark = 0): number {
    return this.events.slice(mark).filter((e) => e.type === type).length;
  }
}

export const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
