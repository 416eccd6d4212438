import { availableParallelism } from 'node:os';
import { LineCounter } from 'yaml';
import type { Diagnostic } from '../core/diagnostic.js';
import { inWorkerThreads, workersWorth, type WorkerRequest } from '../fs/worker-pool.js';
import { parseYaml, type ParsedYaml } from './parse-yaml.js';
import { rebuildTree, type FlatTree } from './yaml-tree.js';

/**
 * Below this much YAML (in characters) the plan's files are parsed on the main thread: starting a worker and
 * loading the parser in it costs about 0.1 s, and the medium benchmark plan (1 MB) parsed slower in workers. On
 * 2 cores, the large one (8.6 MB of YAML) takes more CPU in workers (each has a heap and collector of its own,
 * and the tree crosses over by copy: 4.3 s → 5.2 s of CPU for `bcp validate`) but less time: alternating runs on
 * a quiet machine, 4.0 s → 3.35 s (medians of 3). A first measurement on a loaded machine, with no spare core,
 * had shown no gain, and workers were kept for 4 cores until then.
 */
export const WORKERS_FROM_BYTES = 3_000_000;
export const WORKERS_FROM_CORES = 2;
const MAX_WORKERS = 4;

export type ParseRequest = WorkerRequest<{ file: string; text: string }>;

/** A worker's answer: the parse flattened, or only the index when the file is to be parsed on the main thread. */
export type ParsedInWorker =
  | { index: number; tree: FlatTree; lineStarts: Uint32Array; data: unknown; diagnostics: Diagnostic[] }
  | { index: number; tree?: undefined };

/** A parse, and the file's plain data when a worker made it (the main thread then need not). */
export type ParsedFile = ParsedYaml & { data?: unknown };

/** How many workers to parse these texts with: none for a small plan, on few cores, or when running from source. */
export function workersFor(texts: readonly string[], cores = availableParallelism()): number {
  const bytes = texts.reduce((sum, text) => sum + text.length, 0);
  return workersWorth(bytes, texts.length, cores, {
    fromSize: WORKERS_FROM_BYTES,
    fromCores: WORKERS_FROM_CORES,
    max: MAX_WORKERS,
  });
}

/**
 * Parses each file as `parseYaml` does, in `workers` worker threads (none: on this thread). Positions, diagnostics
 * and data are the same either way. The workers end when the last file is parsed, on the first failure, and when
 * bcp is stopped by a signal.
 */
export async function parseYamlFiles(
  sources: readonly { file: string; text: string }[],
  workers: number,
): Promise<ParsedFile[]> {
  if (workers <= 0 || sources.length === 0) return sources.map(({ file, text }) => parseYaml(file, text));
  const replies = await inWorkers(sources, workers);
  return replies.map((reply, i) => {
    const { file, text } = sources[i]!;
    if (!reply.tree) return parseYaml(file, text);
    const lineCounter = new LineCounter();
    lineCounter.lineStarts = Array.from(reply.lineStarts);
    return { doc: rebuildTree(reply.tree), lineCounter, diagnostics: reply.diagnostics, data: reply.data };
  });
}

/** The replies of the workers, in the order of `sources`. */
async function inWorkers(sources: readonly { file: string; text: string }[], count: number): Promise<ParsedInWorker[]> {
  const replies = new Array<ParsedInWorker>(sources.length);
  const script = new URL('./yaml-worker.js', import.meta.url);
  await inWorkerThreads(script, sources, count, {
    name: 'YAML',
    onReply: (reply: ParsedInWorker) => (replies[reply.index] = reply),
  }).done;
  return replies;
}
