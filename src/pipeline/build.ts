import { existsSync } from 'node:fs';
import { copyFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { checkPlan, type CheckResult } from './check.js';
import { startPrinting, type PrintedBinder } from './print-binder.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { recordOfChanges } from '../diff/record-of-changes.js';
import { gatherPlanHistory } from '../git/gather.js';
import type { LoadedPlan } from '../load/load-plan.js';
import { buildManifest, MANIFEST, type Manifest } from '../output/manifest.js';
import { modelForAudience, type Audience } from '../model/redact.js';
import { packageInfo } from '../core/package-info.js';
import { CALENDAR_FILE, renderCalendar } from '../render/calendar/index.js';
import { renderCardsHtml } from '../render/cards/cards-html.js';
import { renderExtractsHtml } from '../render/extracts/extracts-html.js';
import { removeOnInterrupt } from '../fs/cleanup.js';
import { fsProblem, naming } from '../fs/fs-problem.js';
import { partialFolder, removeLeftovers, removeStalePartial } from '../output/leftovers.js';
import { withOutputLock } from '../output/lock.js';
import { writeFiles, type Reuse } from '../output/write-files.js';
import { assertReplaceable, publish, stagingFolder } from '../output/publish.js';
import { renderCharts, type Charts } from '../render/charts/index.js';
import { fontDir } from '../render/fonts.js';
import { glyphWarnings } from '../render/print/glyph-coverage.js';
import { markdownWorkersFor, startMarkdownAhead, type MarkdownAhead } from '../render/markdown-ahead.js';
import { renderSite } from '../render/site/render-site.js';
import { SitePageMemory } from '../render/site/page-memory.js';
import { OutputMemory } from '../output/output-memory.js';
import { loadTemplates, type TemplateSet } from '../render/templates.js';
import { markdownJobs } from '../render/view/markdown-jobs.js';
import { buildViewModel, type ViewModel } from '../render/view/view-model.js';

export interface BuildOptions {
  /** The output folder (default dist). Replaced only when the whole build succeeded. */
  out: string;
  /** YYYY-MM-DD: "today" for lint and for what is due. */
  today: string;
  /** Seconds since 1970 (SOURCE_DATE_EPOCH): the date printed as generated, and the PDF's dates. */
  sourceDateEpoch?: number;
  paper: 'a4' | 'letter';
  /** Print the binder (default true). Without it, only the site is built. */
  pdf?: boolean;
  /** A browser to reuse (watch mode); otherwise one is started and closed for this build. */
  browser?: Browser;
  onProgress?: (step: string) => void;
  /** Who the outputs are for (default owners: everything). Staff builds leave out secrets, public ones personal data too. */
  audience?: Audience;
  /**
   * How many worker threads render the plan's Markdown ahead of the view (default: as many as help, none for a
   * plan with little Markdown; see `markdownWorkersFor`). The output is the same either way.
   */
  markdownWorkers?: number;
}

export interface BuildResult {
  out: string;
  files: string[];
  pages: number | null;
  diagnostics: Diagnostic[];
  /** Problems with the output itself, like characters no font can draw: printed by `bcp build`. */
  outputWarnings: Diagnostic[];
  /** The binder was asked for but no browser was found: why, and the one command that gets one. */
  noBrowser?: { problem: string; fix: string };
}

/** The plan is not valid: nothing was built. */
export class PlanInvalidError extends Error {
  override readonly name = 'PlanInvalidError';
  constructor(readonly diagnostics: Diagnostic[]) {
    super('the plan is not valid, so nothing was built');
  }
}

/** The site was built but the binder could not be printed: the previous output is left as it was. */
export class BinderFailedError extends Error {
  override readonly name = 'BinderFailedError';
  constructor(
    message: string,
    /** Where the site that did build was kept, beside the untouched output. */
    readonly partial: string,
  ) {
    super(message);
  }
}

/** What a build renders: the view (with charts) and the templates, from a plan that checked out valid. */
export interface PreparedBuild {
  view: RenderView;
  templates: TemplateSet;
  diagnostics: Diagnostic[];
  /** Problems with the output itself, like characters no font can draw. */
  outputWarnings: Diagnostic[];
  /** The plan's calendar (plan.ics): what falls due, as iCalendar text. */
  calendar: string;
  /**
   * The wallet cards (cards.pdf) as HTML to print; made when the binder is printed, not before: a watch rebuild of
   * the site needs neither, and the extracts of a large plan take seconds to make.
   */
  cardsHtml: () => string;
  /** The team extracts (extracts.pdf) as HTML to print; made when printed, as the cards are. */
  extractsHtml: () => string;
}

type RenderView = ViewModel & { charts: Charts };

/** How the binder is made: printed now, kept from the previous output (watch mode's fast path), or left out. */
export type BinderMode = 'print' | 'keep' | 'none';

/**
 * Builds the site and the binder of a plan into a staging folder and moves it into place only when everything
 * succeeded: a failed build never replaces a good binder. The stages run in order: check, view, charts, site,
 * binder, manifest, publish.
 */
export async function buildPlan(planDir: string, options: BuildOptions): Promise<BuildResult> {
  // The output is locked and checked first: a second build into the same folder, or an --out that names a file,
  // is refused at once instead of after the plan was checked and rendered.
  return withOutputLock(options.out, async () => {
    await removeLeftovers(options.out);
    await assertReplaceable(options.out);
    const prepared = await prepareBuild(planDir, options);
    return writeUnlocked(prepared, options, options.pdf === false ? 'none' : 'print');
  });
}

/** Checks the plan and computes everything the templates show. Throws PlanInvalidError for an invalid plan. */
export async function prepareBuild(
  planDir: string,
  options: Pick<BuildOptions, 'today' | 'sourceDateEpoch' | 'paper' | 'onProgress' | 'audience' | 'markdownWorkers'>,
): Promise<PreparedBuild> {
  const progress = options.onProgress ?? (() => undefined);
  // A large plan's Markdown is rendered in worker threads while the plan is validated and linted.
  let markdownAhead: MarkdownAhead | undefined;
  const onLoaded = (loaded: LoadedPlan): void => {
    const jobs = markdownJobs(loaded);
    markdownAhead = startMarkdownAhead(jobs, options.markdownWorkers ?? markdownWorkersFor(jobs));
  };
  try {
    const checked = await checkPlan(planDir, { today: options.today, onProgress: progress, onLoaded });
    return await prepareChecked(checked, planDir, options, markdownAhead);
  } finally {
    // An invalid plan, or any failure on the way, ends the workers at once instead of when their jobs are done.
    markdownAhead?.stop();
  }
}

async function prepareChecked(
  checked: CheckResult,
  planDir: string,
  options: Parameters<typeof prepareBuild>[1],
  markdownAhead: MarkdownAhead | undefined,
): Promise<PreparedBuild> {
  const progress = options.onProgress ?? (() => undefined);
  if (!checked.model) throw new PlanInvalidError(checked.diagnostics);
  // Redacted before the view is made, so that no output (site, search index, binder, cards, calendar) can show it.
  const { model, scrub } = modelForAudience(checked.loaded, checked.model, options.audience ?? 'owners');
  const diagnostics = checked.diagnostics.map((d) => scrubDiagnostic(d, scrub));
  const generated = options.sourceDateEpoch === undefined ? options.today : epochDate(options.sourceDateEpoch);
  const history = checked.history ?? (await gatherPlanHistory(planDir));
  const { sourceCommit: commit, revisions } = history;
  const [changeRecord, outputWarnings] = await Promise.all([
    recordOfChanges(history.access),
    glyphWarnings([...checked.loaded.files, ...checked.loaded.markdown.values()]),
  ]);
  const facts = {
    today: options.today,
    generated,
    commit,
    revisions,
    diagnostics,
    paper: options.paper,
    ...(checked.printedCopies ? { printedCopies: checked.printedCopies } : {}),
    changeRecord,
  };
  progress('rendering the procedures');
  await markdownAhead?.done;
  const view = buildViewModel(model, facts);
  progress('drawing charts');
  const charts = await renderCharts(view);
  const templates = await loadTemplates(planDir);
  return {
    view: { ...view, charts },
    templates,
    diagnostics,
    outputWarnings,
    calendar: renderCalendar(model, options.today, generated),
    cardsHtml: () => renderCardsHtml(model, templates, { fontDir: fontDir(), paper: options.paper }),
    extractsHtml: () => renderExtractsHtml(model, templates, { fontDir: fontDir(), paper: options.paper }),
  };
}

function scrubDiagnostic(diagnostic: Diagnostic, scrub: (text: string) => string): Diagnostic {
  const hint = diagnostic.hint === undefined ? {} : { hint: scrub(diagnostic.hint) };
  return { ...diagnostic, message: scrub(diagnostic.message), ...hint };
}

type WriteOptions = Pick<BuildOptions, 'out' | 'paper' | 'sourceDateEpoch' | 'browser' | 'onProgress'> & {
  /** What the last build made (`bcp watch`): only the pages whose data changed are rendered and written again. */
  memory?: BuildMemory;
};

/** What `bcp watch` keeps from one build to the next, so that a save redoes only what it changed. */
export interface BuildMemory {
  sitePages: SitePageMemory;
  output: OutputMemory;
}

export function buildMemory(): BuildMemory {
  return { sitePages: new SitePageMemory(), output: new OutputMemory() };
}

/**
 * Writes the site, the binder and the manifest into a staging folder, then publishes it as `options.out`, holding
 * the output's lock.
 */
export async function writeBuild(
  prepared: PreparedBuild,
  options: WriteOptions,
  binder: BinderMode,
): Promise<BuildResult> {
  return withOutputLock(options.out, async () => {
    await removeLeftovers(options.out);
    return writeUnlocked(prepared, options, binder);
  });
}

async function writeUnlocked(prepared: PreparedBuild, options: WriteOptions, binder: BinderMode): Promise<BuildResult> {
  const progress = options.onProgress ?? (() => undefined);
  const { view, templates } = prepared;
  // Without a browser the site still helps today; the binder is left for when one is installed.
  const noBrowser = binder === 'print' && !options.browser ? await browserMissing() : undefined;
  const binderMode = noBrowser ? 'none' : binder;
  const staging = await stagingFolder(options.out);
  // Stopped by a signal before the publish, the staging folder goes: the output was never touched.
  const releaseStaging = removeOnInterrupt(staging);
  const memory = options.memory;
  memory?.output.begin();
  const reuse = (prefix: string): Reuse | undefined =>
    memory && { memory: memory.output, out: options.out, staging, prefix };
  // Chromium prints while the site is written (two processes, two cores); awaited below, or in the catch.
  if (binderMode === 'print') progress('opening the binder in the browser');
  const printing = binderMode === 'print' ? (await startPrinting(prepared, options)).printed : undefined;
  try {
    progress('writing the site');
    const site = await renderSite(view, templates, memory?.sitePages);
    await writeFiles(path.join(staging, 'site'), site, reuse('site/'));
    await writeFiles(staging, [{ path: CALENDAR_FILE, bytes: prepared.calendar }], reuse(''));
    let pages: number | null = null;
    if (printing) pages = await writeBinder(printing, staging, { out: options.out, reuse: reuse('') }, view, progress);
    if (binderMode === 'keep') await keepBinder(options.out, staging, memory?.output);
    progress('writing the manifest');
    const manifest = await writeManifest(staging, view, memory?.output);
    // A site without a binder never replaces an output that holds one: that binder is still the one to print.
    if (noBrowser && existsSync(path.join(options.out, 'binder.pdf'))) {
      throw await keepPartialSite(
        staging,
        options.out,
        view,
        new Error(`${noBrowser.problem}; to get one: \`${noBrowser.fix}\``),
      );
    }
    await publish(staging, options.out);
    await memory?.output.publishedTo(options.out, manifest.files);
    await removeStalePartial(options.out);
    return {
      out: options.out,
      files: Object.keys(manifest.files),
      pages,
      diagnostics: prepared.diagnostics,
      outputWarnings: prepared.outputWarnings,
      ...(noBrowser ? { noBrowser } : {}),
    };
  } catch (error) {
    await printing?.catch(() => undefined);
    await rm(staging, { recursive: true, force: true });
    throw error;
  } finally {
    releaseStaging();
  }
}

/**
 * Starts the browser that prints the binder, for a caller that prints again and again (`bcp watch`) and passes it
 * as `browser`. Loaded on the first print: a site-only build never needs puppeteer.
 */
export async function startBrowser(): Promise<Browser> {
  const { launchBrowser } = await import('../output/browser.js');
  return launchBrowser();
}

async function browserMissing(): Promise<{ problem: string; fix: string } | undefined> {
  const { findBrowser } = await import('../output/find-browser.js');
  const search = await findBrowser();
  return search.found ? undefined : { problem: search.problem, fix: search.fix };
}

/** The wallet cards, printed with the binder. */
const CARDS_FILE = 'cards.pdf';
/** A page per team, for the people who need more than a card; printed with the binder too. */
const EXTRACTS_FILE = 'extracts.pdf';

/** Waits for the prints started with the site, and writes them; a failed print keeps the site beside the output. */
async function writeBinder(
  printing: Promise<PrintedBinder>,
  staging: string,
  { out, reuse }: { out: string; reuse: Reuse | undefined },
  view: ViewModel,
  progress: (step: string) => void,
): Promise<number> {
  progress('printing the binder, the wallet cards and the team extracts');
  try {
    const printed = await printing;
    const files = [
      { path: 'binder.pdf', bytes: printed.binder },
      { path: CARDS_FILE, bytes: printed.cards },
      { path: EXTRACTS_FILE, bytes: printed.extracts },
    ];
    await writeFiles(staging, files, reuse);
    return printed.pages;
  } catch (error) {
    throw await keepPartialSite(staging, out, view, error as Error);
  }
}

/**
 * Watch mode's fast path: the binder, cards and extracts of the output stay as they are in the new one, linked
 * rather than copied when they are as bcp published them.
 */
async function keepBinder(out: string, staging: string, memory: OutputMemory | undefined): Promise<void> {
  for (const pdf of ['binder.pdf', CARDS_FILE, EXTRACTS_FILE]) {
    if (await memory?.linkUnchanged(out, staging, pdf)) continue;
    await copyFile(path.join(out, pdf), path.join(staging, pdf)).catch(() => undefined);
  }
}

/** Keeps the site that did build next to the untouched output, so the team has something to use today. */
async function keepPartialSite(
  staging: string,
  out: string,
  view: ViewModel,
  cause: Error,
): Promise<BinderFailedError> {
  await rm(path.join(staging, 'binder.pdf'), { force: true });
  await rm(path.join(staging, CARDS_FILE), { force: true });
  await rm(path.join(staging, EXTRACTS_FILE), { force: true });
  await writeManifest(staging, view);
  const partial = partialFolder(out);
  await publish(staging, partial);
  return new BinderFailedError(fsProblem(cause) ?? printProblem(cause.message), partial);
}

/**
 * Chromium's own words for a print that failed, and, for the one failure it gives no reason for, the likely one:
 * the benchmark's plan of a thousand scenarios (a binder of about 7,000 pages) failed so with Chromium at 20 GB.
 */
export function printProblem(message: string): string {
  if (!/Printing failed/i.test(message)) return message;
  return (
    `${message}. Chromium gives no reason; on a very large plan it is most often memory, since the whole binder ` +
    `is laid out at once. \`bcp build --no-pdf\` builds the site alone`
  );
}

async function writeManifest(staging: string, view: ViewModel, memory?: OutputMemory): Promise<Manifest> {
  const manifest = await buildManifest(staging, aboutBuild(view), (file) => memory?.known(file));
  const file = path.join(staging, MANIFEST);
  await naming(file, writeFile(file, `${JSON.stringify(manifest, null, 2)}\n`));
  return manifest;
}

function aboutBuild(view: ViewModel): {
  version: string;
  organization: string;
  planVersion: string | null;
  commit: string | null;
  generated: string;
} {
  return {
    version: packageInfo().version,
    organization: view.meta.organization,
    planVersion: view.meta.version,
    commit: view.meta.commit?.sha ?? null,
    generated: view.meta.generated,
  };
}

function epochDate(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}
