import path from 'node:path';
import { fsProblem } from '../fs/fs-problem.js';
import type { Browser } from 'puppeteer-core';
import {
  buildMemory,
  PlanInvalidError,
  prepareBuild,
  startBrowser,
  writeBuild,
  type BuildOptions,
  type PreparedBuild,
} from '../pipeline/build.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { PlanWatcher } from './plan-watcher.js';
import { PreviewServer } from './preview-server.js';

export interface WatchOptions extends Pick<BuildOptions, 'out' | 'today' | 'paper' | 'sourceDateEpoch' | 'audience'> {
  /** Print the binder after the site (default true). */
  pdf?: boolean;
  /** Start the preview server on this host and port (port 0: any free port). */
  serve?: { host: string; port: number };
  /** Quiet time after the last site rebuild before the binder is printed. */
  pdfDelayMs?: number;
  /** Extra files to watch, like bcp.config.yaml. */
  alsoWatch?: string[];
  onEvent: (event: WatchEvent) => void;
}

export type WatchEvent =
  | {
      type: 'site';
      ms: number;
      files: string[];
      changed: string[];
      /** How many of the site's pages this save rendered again; the others were as the last build left them. */
      pages: { rendered: number; total: number };
    }
  | { type: 'binder'; ms: number; pages: number | null }
  | { type: 'invalid'; diagnostics: Diagnostic[]; changed: string[] }
  | { type: 'failed'; stage: 'site' | 'binder' | 'watch'; message: string };

/**
 * `bcp watch`: rebuilds the site on every save, then the binder once the edits stop, reusing one browser.
 * Builds run one at a time; a bad edit is reported and the last good output stays in place and on screen.
 */
export class WatchSession {
  private watcher: PlanWatcher | undefined;
  private server: PreviewServer | undefined;
  private browser: Promise<Browser> | undefined;
  private queue: Promise<void> = Promise.resolve();
  private latest: PreparedBuild | undefined;
  private binderTimer: NodeJS.Timeout | undefined;
  private closed = false;
  /** What the last site build made: a save renders and writes only the pages whose data changed. */
  private readonly memory = buildMemory();

  constructor(
    private readonly planDir: string,
    private readonly options: WatchOptions,
  ) {}

  /** Builds once, then watches; returns the preview URL when serving. */
  async start(): Promise<string | undefined> {
    const url = this.options.serve ? await this.startServer() : undefined;
    await this.enqueue(() => this.buildSite([]));
    const paths = [this.planDir, ...(this.options.alsoWatch ?? [])];
    this.watcher = new PlanWatcher(paths, (changed) => void this.enqueue(() => this.buildSite(changed)), {
      onError: (error) => this.options.onEvent({ type: 'failed', stage: 'watch', message: problemText(error) }),
    });
    await this.watcher.start();
    return url;
  }

  /** Waits for the build under way (tests and Ctrl-C use it). */
  idle(): Promise<void> {
    return this.queue;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.binderTimer);
    await this.watcher?.close();
    await this.queue.catch(() => undefined);
    await this.server?.close();
    const browser = await this.browser?.catch(() => undefined);
    await browser?.close().catch(() => undefined);
  }

  private async startServer(): Promise<string> {
    const serve = this.options.serve as { host: string; port: number };
    this.server = new PreviewServer(this.options.out, serve);
    return this.server.start();
  }

  private enqueue(job: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(() => (this.closed ? undefined : job()));
    return this.queue;
  }

  private async buildSite(changed: string[]): Promise<void> {
    clearTimeout(this.binderTimer);
    const started = performance.now();
    const relative = changed.map((file) => path.relative(process.cwd(), file));
    try {
      // The last build is let go first: holding two builds of a large plan at once doubles the memory the
      // collector walks while this one is made. A binder waiting for it was called off above.
      this.latest = undefined;
      this.latest = await prepareBuild(this.planDir, this.options);
      const result = await writeBuild(this.latest, { ...this.options, memory: this.memory }, 'keep');
      const { rendered, reused } = this.memory.sitePages.last;
      const pages = { rendered, total: rendered + reused };
      this.options.onEvent({
        type: 'site',
        ms: performance.now() - started,
        files: result.files,
        changed: relative,
        pages,
      });
      this.server?.reload();
      if (this.options.pdf !== false) this.scheduleBinder();
    } catch (error) {
      this.reportFailure(error, relative);
    }
  }

  private scheduleBinder(): void {
    const prepared = this.latest;
    this.binderTimer = setTimeout(
      () => void this.enqueue(() => (prepared === this.latest ? this.buildBinder(prepared) : Promise.resolve())),
      this.options.pdfDelayMs ?? 1500,
    );
  }

  private async buildBinder(prepared: PreparedBuild | undefined): Promise<void> {
    if (!prepared) return;
    const started = performance.now();
    try {
      // Started on the first print: `--no-pdf` never needs puppeteer.
      this.browser ??= startBrowser();
      const browser = await this.browser;
      const result = await writeBuild(prepared, { ...this.options, browser, memory: this.memory }, 'print');
      this.options.onEvent({ type: 'binder', ms: performance.now() - started, pages: result.pages });
      this.server?.reload();
    } catch (error) {
      // A browser that failed to start is not kept: the next save tries again.
      this.browser = undefined;
      this.options.onEvent({ type: 'failed', stage: 'binder', message: problemText(error) });
    }
  }

  private reportFailure(error: unknown, changed: string[]): void {
    if (error instanceof PlanInvalidError) {
      this.options.onEvent({ type: 'invalid', diagnostics: error.diagnostics, changed });
      this.server?.showProblems(error.diagnostics.filter((d) => d.severity === 'error'));
      return;
    }
    const message = problemText(error);
    this.options.onEvent({ type: 'failed', stage: 'site', message });
    this.server?.showProblems([{ file: this.planDir, line: 1, column: 1, message, ruleId: 'build' }]);
  }
}

/** A file-system error in plain words with its path; anything else as its message. */
function problemText(error: unknown): string {
  return fsProblem(error) ?? (error as Error).message;
}
