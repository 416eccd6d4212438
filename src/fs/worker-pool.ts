import { Worker, type ResourceLimits } from 'node:worker_threads';
import { onInterrupt } from './cleanup.js';

/** What a pool's worker is sent: a job, with its place in the list. */
export type WorkerRequest<Job> = Job & { index: number };

/** Jobs being done in worker threads. */
export interface WorkerPool {
  /**
   * Resolves when every job has its reply; rejects when a worker fails or stops first (its error, or
   * "a <name> worker stopped (exit code N)").
   */
  done: Promise<void>;
  /** Ends the workers now; `done` then resolves, with the jobs not yet answered left unanswered. */
  stop: () => void;
}

export interface WorkerPoolOptions<Reply> {
  /** Named in the error when a worker stops before the work is done ("YAML", "Markdown"). */
  name: string;
  /** Told each reply as it comes, in the order the workers finish. */
  onReply: (reply: Reply) => void;
  resourceLimits?: ResourceLimits;
}

/** From how much work a pool is worth its start (a worker costs about 0.1 s to start and load its libraries). */
export interface PoolWorth {
  /** The least work, in the caller's unit (characters of YAML or Markdown). */
  fromSize: number;
  fromCores: number;
  max: number;
}

/**
 * How many workers `jobs` jobs of `size` in all are worth: none below `fromSize`, for a single job, below
 * `fromCores` cores, or when running from source (the tests run TypeScript, and there is no compiled worker
 * script to start); else one per core, at most `max` and one per job.
 */
export function workersWorth(size: number, jobs: number, cores: number, worth: PoolWorth): number {
  if (import.meta.url.endsWith('.ts')) return 0;
  if (size < worth.fromSize || jobs < 2 || cores < worth.fromCores) return 0;
  return Math.min(cores, worth.max, jobs);
}

/**
 * Hands `jobs` out one at a time to whichever of `count` workers running `script` is free: a worker answers each
 * request with a reply carrying the request's `index`. The workers end when the last reply is in, on the first
 * failure, on `stop`, and when bcp is stopped by a signal (the CLI's handler), so none outlives its work.
 */
export function inWorkerThreads<Job extends object, Reply extends { index: number }>(
  script: URL,
  jobs: readonly Job[],
  count: number,
  options: WorkerPoolOptions<Reply>,
): WorkerPool {
  const resourceLimits = options.resourceLimits ? { resourceLimits: options.resourceLimits } : {};
  const size = Math.min(Math.max(count, 1), jobs.length);
  const workers = Array.from({ length: size }, () => new Worker(script, resourceLimits));
  const stopAll = (): void => workers.forEach((worker) => void worker.terminate());
  const release = onInterrupt(stopAll);
  let next = 0;
  let answered = 0;
  let settled = false;
  let settle: (error?: Error) => void = () => undefined;
  const done = new Promise<void>((resolve, reject) => {
    settle = (error) => {
      if (settled) return;
      settled = true;
      release();
      stopAll();
      if (error) reject(error);
      else resolve();
    };
  });
  const handOut = (worker: Worker): void => {
    if (next >= jobs.length) return;
    const index = next++;
    const request: WorkerRequest<Job> = { ...jobs[index]!, index };
    worker.postMessage(request);
  };
  for (const worker of workers) {
    worker.on('message', (reply: Reply) => {
      if (settled) return;
      options.onReply(reply);
      answered += 1;
      if (answered === jobs.length) settle();
      else handOut(worker);
    });
    worker.on('error', (error) => settle(error));
    worker.on('exit', (code) => {
      if (answered < jobs.length) settle(new Error(`a ${options.name} worker stopped (exit code ${code})`));
    });
    handOut(worker);
  }
  if (jobs.length === 0) settle();
  return { done, stop: () => settle() };
}
