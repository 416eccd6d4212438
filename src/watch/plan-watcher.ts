import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';

/** Files whose change can change the output: plan YAML, Markdown procedures, template overrides, the lint config. */
const RELEVANT = /\.(ya?ml|md|hbs|css|js|svg|png|jpe?g|woff2?)$/i;

// Editors' scratch files: vim's 4913 and .swp, emacs' #x# and .#x, backups ending in ~, and generic temp files.
const SCRATCH = /(^|[\\/])(4913|\.#[^\\/]*|#[^\\/]*#)$|\.(swp|swx|tmp|bak)$|~$/i;

/**
 * How long after the last change a batch is reported. Short: `awaitWriteFinish` has already waited for each file
 * to stop growing, so this only folds the files of one save-all or checkout, which land within a few
 * milliseconds of each other; a straggler after it gets a build of its own, so the output still ends right.
 * Every millisecond here is one the owner waits after a save (80 ms until issue 15).
 */
const DEBOUNCE_MS = 30;

export interface WatcherOptions {
  /** How long the folder must be quiet before one batch of changes is reported. */
  debounceMs?: number;
  /**
   * A watch that fails after it started (out of inotify watches, too many open files, the folder removed): told,
   * not thrown, since an `error` event with no listener would end bcp with a stack trace.
   */
  onError?: (error: Error) => void;
}

/**
 * Watches a plan folder (and any other files named) and reports each burst of changes once. Editors save in
 * different ways (write in place; write a temporary file and rename it over; delete and recreate): chokidar's
 * `atomic` and `awaitWriteFinish` fold most of that, and the debounce folds the rest into one batch.
 */
export class PlanWatcher {
  private watcher: FSWatcher | undefined;
  private pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly paths: string[],
    private readonly onBatch: (files: string[]) => void,
    private readonly options: WatcherOptions = {},
  ) {}

  /** Starts watching; resolves once the initial scan is done, so no save after it is missed. */
  async start(): Promise<void> {
    this.watcher = watch(this.paths, {
      ignoreInitial: true,
      atomic: true,
      // A file is reported once its size has held for 25 ms: long enough for an editor's write in several pieces.
      awaitWriteFinish: { stabilityThreshold: 25, pollInterval: 5 },
      ignored: (file: string) => SCRATCH.test(file) || /(^|[\\/])(node_modules|\.git)([\\/]|$)/.test(file),
    });
    for (const event of ['add', 'change', 'unlink'] as const) {
      this.watcher.on(event, (file: string) => this.record(file));
    }
    await new Promise<void>((resolve, reject) => {
      this.watcher?.once('ready', () => resolve());
      this.watcher?.once('error', reject);
    });
    this.watcher.on('error', (error: unknown) => this.options.onError?.(error as Error));
  }

  private record(file: string): void {
    if (!RELEVANT.test(file)) return;
    this.pending.add(path.normalize(file));
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.options.debounceMs ?? DEBOUNCE_MS);
  }

  private flush(): void {
    const files = [...this.pending].sort();
    this.pending.clear();
    if (files.length > 0) this.onBatch(files);
  }

  async close(): Promise<void> {
    clearTimeout(this.timer);
    await this.watcher?.close();
  }
}
