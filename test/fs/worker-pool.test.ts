import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inWorkerThreads } from '../../src/fs/worker-pool.js';

// Real worker threads running small scripts: the pool is what the YAML and Markdown workers share.
let dir: string;
const script = async (name: string, body: string): Promise<URL> => {
  const file = path.join(dir, `${name}.mjs`);
  await writeFile(file, `import { parentPort, threadId } from 'node:worker_threads';\n${body}`);
  return pathToFileURL(file);
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'bcp-worker-pool-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Reply = { index: number; doubled: number; thread: number };

describe('a pool of worker threads', () => {
  it('answers every job once, spread over the workers, with each reply carrying its job’s index', async () => {
    const echo = await script(
      'echo',
      `parentPort.on('message', ({ index, n }) => parentPort.postMessage({ index, doubled: n * 2, thread: threadId }));`,
    );
    const jobs = Array.from({ length: 40 }, (_, n) => ({ n }));
    const replies: Reply[] = [];
    await inWorkerThreads(echo, jobs, 3, { name: 'test', onReply: (reply: Reply) => replies.push(reply) }).done;
    expect(replies.map((r) => r.index).sort((a, b) => a - b)).toEqual(jobs.map((_, i) => i));
    expect(replies.every((r) => r.doubled === jobs[r.index]!.n * 2)).toBe(true);
    expect(new Set(replies.map((r) => r.thread)).size).toBeGreaterThan(1);
  });

  it('fails with the worker’s error when one throws, and with its name when one exits early', async () => {
    const throws = await script('throws', `parentPort.on('message', () => { throw new Error('bad job'); });`);
    await expect(inWorkerThreads(throws, [{}, {}], 2, { name: 'test', onReply: () => undefined }).done).rejects.toThrow(
      'bad job',
    );
    const exits = await script('exits', `parentPort.on('message', () => process.exit(3));`);
    await expect(inWorkerThreads(exits, [{}], 1, { name: 'YAML', onReply: () => undefined }).done).rejects.toThrow(
      'a YAML worker stopped (exit code 3)',
    );
  });

  it('ends its workers on stop, leaving the rest unanswered, and is done at once with no jobs', async () => {
    const slow = await script(
      'slow',
      `parentPort.on('message', ({ index }) => setTimeout(() => parentPort.postMessage({ index }), 200));`,
    );
    const replies: unknown[] = [];
    const pool = inWorkerThreads(
      slow,
      Array.from({ length: 20 }, () => ({})),
      2,
      {
        name: 'test',
        onReply: (reply) => replies.push(reply),
      },
    );
    pool.stop();
    await pool.done;
    expect(replies.length).toBeLessThan(20);
    await inWorkerThreads(slow, [], 2, { name: 'test', onReply: () => undefined }).done;
  });
});
