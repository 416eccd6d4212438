import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { withProgress } from '../../src/cli/progress.js';

function terminal(env: NodeJS.ProcessEnv = {}, isTTY = true): CliIo & { err: string } {
  const io = {
    err: '',
    stdout: () => undefined,
    stderr: (text: string) => void (io.err += text),
    env,
    isTTY,
    cwd: process.cwd(),
  };
  return io;
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('progress on a terminal', () => {
  it('names a step that runs over a second, with its time, and stays quiet for quick ones', async () => {
    const io = terminal();
    await withProgress(io, async (step) => {
      step('reading the plan');
      await wait(50);
      step('validating the plan');
      await wait(1200);
    });
    expect(io.err).toMatch(/^ {2}validating the plan… 1\.\d s\n$/);
  });

  it('ends the line of a step that fails, so the error starts on its own line', async () => {
    const io = terminal();
    await expect(
      withProgress(io, async (step) => {
        step('reading the plan');
        await wait(1100);
        throw new Error('unreadable');
      }),
    ).rejects.toThrow('unreadable');
    expect(io.err.endsWith('\n')).toBe(true);
  });

  it('says nothing in CI or in a pipe', async () => {
    for (const io of [terminal({ CI: 'true' }), terminal({}, false)]) {
      await withProgress(io, async (step) => {
        step('validating the plan');
        await wait(1100);
      });
      expect(io.err).toBe('');
    }
  });
});
