import { availableParallelism } from 'node:os';
import { inWorkerThreads, workersWorth, type WorkerRequest } from '../fs/worker-pool.js';
import { isRendered, rememberRendered, renderedKey } from './markdown.js';

/** A Markdown text to render as `markdownToHtml(markdown, { idPrefix })` will be asked to. */
export interface MarkdownJob {
  markdown: string;
  idPrefix: string;
}

export type MarkdownRequest = WorkerRequest<MarkdownJob>;

export interface MarkdownReply {
  index: number;
  html: string;
}

/**
 * Below this much Markdown (in characters) it is rendered on the main thread, when the view asks: a worker costs
 * about 0.1 s to start and load the Markdown libraries. The benchmark's medium plan has 0.8 MB of procedures, the
 * large one 8 MB (measured in bench/RESULTS.md).
 */
export const WORKERS_FROM_CHARS = 2_000_000;
const MAX_WORKERS = 4;

/**
 * The young generation of each worker, in MB. Parsing Markdown makes a great many short-lived objects; with V8's
 * default (16 MB semi-spaces) a large plan's collector promoted them and spent a quarter of the build collecting.
 */
const YOUNG_GENERATION_MB = 192;

/**
 * How many workers render these texts ahead: none for little Markdown, on one core, or when running from source
 * (the tests run TypeScript, and there is no compiled worker to start). On 2 cores, 2: the main thread waits for
 * the Markdown, and its own collector runs meanwhile.
 */
export function markdownWorkersFor(jobs: readonly MarkdownJob[], cores = availableParallelism()): number {
  const chars = jobs.reduce((sum, job) => sum + job.markdown.length, 0);
  return workersWorth(chars, jobs.length, cores, { fromSize: WORKERS_FROM_CHARS, fromCores: 2, max: MAX_WORKERS });
}

/** Markdown being rendered ahead: `done` when every job is remembered or left to the main thread. */
export interface MarkdownAhead {
  done: Promise<void>;
  /** Ends the workers now (the plan turned out invalid); what they had not done is rendered when asked. */
  stop(): void;
}

/**
 * Starts rendering the Markdown the view will ask for in `workers` worker threads, and remembers each HTML where
 * `markdownToHtml` looks first: the same function makes it either way, so the output is the same. What is already
 * remembered (a watch rebuild) is not sent. Never fails: a job whose worker failed is rendered on the main thread
 * when the view asks. The workers end when the last job is done, on a failure, on `stop`, and when bcp is stopped
 * by a signal.
 */
export function startMarkdownAhead(jobs: readonly MarkdownJob[], workers = markdownWorkersFor(jobs)): MarkdownAhead {
  const todo = workers > 0 ? notRendered(jobs) : [];
  if (todo.length === 0) return { done: Promise.resolve(), stop: () => undefined };
  return inWorkers(todo, Math.min(workers, todo.length));
}

/** Each text and prefix once (a procedure shared by scenarios has a prefix per scenario, so it stays), if not remembered. */
function notRendered(jobs: readonly MarkdownJob[]): MarkdownJob[] {
  const todo = new Map<string, MarkdownJob>();
  for (const job of jobs) {
    const key = renderedKey(job.markdown, job.idPrefix);
    if (!isRendered(key)) todo.set(key, job);
  }
  return [...todo.values()];
}

/** Remembers each reply as it comes. A worker that fails ends the others: what they had not done waits for the view. */
function inWorkers(jobs: readonly MarkdownJob[], count: number): MarkdownAhead {
  const pool = inWorkerThreads(new URL('./markdown-worker.js', import.meta.url), jobs, count, {
    name: 'Markdown',
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    onReply: ({ index, html }: MarkdownReply) => {
      const job = jobs[index]!;
      rememberRendered(job.markdown, job.idPrefix, html);
    },
  });
  return { done: pool.done.catch(() => undefined), stop: pool.stop };
}
