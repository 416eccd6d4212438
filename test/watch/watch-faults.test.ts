import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WatchSession } from '../../src/watch/watch-session.js';
import { EventLog, tempPlan } from './watch-helpers.js';

describe('bcp watch on a disk it cannot write', () => {
  it('reports a read-only output disk in plain words, not as a crash', async (context) => {
    const plan = await tempPlan();
    const disk = path.join(plan.dir, 'read-only');
    await mkdir(disk);
    let mounted = false;
    try {
      if (process.getuid?.() === 0) {
        try {
          execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', disk], { stdio: 'ignore' });
          mounted = true;
        } catch {
          mounted = false;
        }
      }
      if (!mounted) context.skip('needs root to mount a read-only tmpfs (CI runs as root)');
      const log = new EventLog();
      const session = new WatchSession(plan.plan, {
        out: path.join(disk, 'dist'),
        today: '2026-11-02',
        paper: 'a4',
        pdf: false,
        onEvent: log.push,
      });
      await session.start();
      const failed = await log.next('failed', 0);
      await session.close();
      expect(failed).toMatchObject({ stage: 'site' });
      expect(failed.message).toMatch(
        /^cannot open `[^`]+\.dist\.bcp-lock`: the file system is read-only; write to a folder/,
      );
    } finally {
      if (mounted) execFileSync('umount', [disk]);
      await plan.cleanup();
    }
  });
});
