import Handlebars from 'handlebars';
import type { DocumentView } from '../view/documents.js';
import { callTree } from '../view/call-tree.js';
import type { ScenarioView, TemplateView } from '../view/scenarios.js';
import type { ViewModel } from '../view/view-model.js';
import { crossTargets, type CrossTarget } from './cross-references.js';
import { fontFaceCss } from './fonts.js';
import { fitsPrint } from './chart-fit.js';
import { readerHealth } from './reader-health.js';
import { commitLabel } from './header-footer.js';
import { binderContents, binderPartials } from '../sections/index.js';
import { printSafe, type FragmentOptions } from './print-fragment.js';

/** The SVG charts drawn for the binder (Handlebars.SafeString each), placed where they help the reader. */
export interface PrintCharts {
  /** RTO against MTD per scenario: on the scenarios overview. */
  rtoMtd: Handlebars.SafeString | null;
  /** Systems, vendors and their backups: in the contact sheets. */
  dependencies: Handlebars.SafeString | null;
  /** Exercises over time: with the exercise history. */
  timeline: Handlebars.SafeString | null;
}

/**
 * What `renderPrintHtml` takes: the view model, and the charts when they have been drawn. A view without
 * charts (`charts` missing or null, or any one chart null) prints without them.
 */
export type PrintView = ViewModel & { charts?: Partial<PrintCharts> | null };

/**
 * Scenarios per page of the quick reference. Three first actions and a call list for each, at 10.5 pt or larger,
 * fit two to a page, the first page under the index of every scenario: more scenarios take more pages, each
 * saying where the list goes on, never smaller print.
 */
const QUICK_REFERENCE_FIRST = 2;
const QUICK_REFERENCE_ROWS = 2;

/** Blank note lines on the back-to-normal checklist; a declared form says its own number of rows. */
const NOTE_LINES = 3;

/** Rows for record counts (system, backup, entered from paper) on the back-to-normal checklist. */
const COUNT_ROWS = 5;

const range = (count: number): number[] => Array.from({ length: count }, (_, index) => index + 1);

/**
 * The view as the print templates use it: Markdown fragments adapted for paper, the charts normalised to
 * null, and what the templates cannot compute themselves (the call tree, the messages for each scenario,
 * the note lines of the back-to-normal checklist). Every field is present: the templates compile in strict mode.
 */
export function binderView(view: PrintView, fontDir: string) {
  const { charts: drawn, ...plain } = view;
  const targets = crossTargets(plain);
  const paper = adaptFragments(plain, targets) as ViewModel;
  const overdue = new Map(paper.overdue.map((list) => [list.anchor, list]));
  const documents = paper.documents.map(anchored('document')).map((document) => ({
    ...document,
    overdue: overdue.get(document.anchor) ?? null,
  }));
  const byId = new Map(documents.map((document) => [document.id, document]));
  const scenarios = paper.scenarios.map((scenario) => scenarioExtras(scenario, byId));
  const readings = documents.filter((document) => document.kind !== 'checklist' && document.html);
  const binder = {
    ...paper,
    charts: charts(drawn, view.meta.paper),
    documents,
    premises: paper.premises.map(anchored('premises')),
    scenarios,
    print: {
      fontFaces: new Handlebars.SafeString(fontFaceCss(fontDir)),
      commit: commitLabel(view.meta.commit),
      paperName: view.meta.paper === 'letter' ? 'US Letter' : 'A4',
      callTree: callTree(paper.callTree, view.meta.owner.id),
      quickReference: quickReferencePages(scenarios),
      messages: messages(paper),
      checklists: documents.filter((document) => document.kind === 'checklist' && document.html),
      readings,
      health: readerHealth(paper),
      contactsOverdue: overdue.get('critical-contacts') ?? null,
      rows: { notes: range(NOTE_LINES), counts: range(COUNT_ROWS) },
      // The binder's parts and contents, in the order of the section registry.
      parts: binderPartials().map((partial) => ({ partial })),
    },
  };
  return { ...binder, print: { ...binder.print, contents: binderContents(binder) } };
}

/** The quick reference's pages, each with the ids of the pages before and after it for "continued on page N". */
function quickReferencePages<T>(scenarios: T[]) {
  const first = scenarios.slice(0, QUICK_REFERENCE_FIRST);
  const rest =
    scenarios.length > QUICK_REFERENCE_FIRST
      ? balancedPages(scenarios.slice(QUICK_REFERENCE_FIRST), QUICK_REFERENCE_ROWS)
      : [];
  const pages = [first, ...rest.map((page) => page.items)];
  const anchor = (index: number): string =>
    index === 0 ? 'quick-reference-page-1' : `quick-reference-page-${index + 1}`;
  return pages.map((items, index) => ({
    first: index === 0,
    items,
    anchor: anchor(index),
    previous: index === 0 ? null : anchor(index - 1),
    next: index + 1 < pages.length ? anchor(index + 1) : null,
  }));
}

/** Splits items into pages of at most `perPage`, as evenly as possible (8 into 4 + 4, not 6 + 2). */
export function balancedPages<T>(items: T[], perPage: number): { first: boolean; items: T[] }[] {
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  const size = Math.ceil(items.length / pages);
  return Array.from({ length: pages }, (_, page) => ({
    first: page === 0,
    items: items.slice(page * size, (page + 1) * size),
  }));
}

/** Adds the id of the element that page references point to: `document-price-list`. */
function anchored<T extends { id: string }>(kind: string): (item: T) => T & { anchor: string } {
  return (item) => ({ ...item, anchor: `${kind}-${item.id}` });
}

/** Every message template, each once: the plan's own, then any that only a scenario names. */
function messages(view: ViewModel): (TemplateView & { anchor: string })[] {
  const all = [...view.communication.templates, ...view.scenarios.flatMap((s) => s.communication.templates)];
  const unique = new Map(all.map((template) => [template.id, template]));
  return [...unique.values()].map(anchored('template'));
}

/** The charts that print readably (see fitsPrint); the others are on the site only. */
function charts(given: PrintView['charts'], paper: 'a4' | 'letter'): PrintCharts | null {
  const readable = (chart: Handlebars.SafeString | null | undefined) =>
    chart && fitsPrint(chart, paper) ? chart : null;
  const normalised = {
    rtoMtd: readable(given?.rtoMtd),
    dependencies: readable(given?.dependencies),
    timeline: readable(given?.timeline),
  };
  return Object.values(normalised).some(Boolean) ? normalised : null;
}

/**
 * Per scenario: the message to read to customers in full (the first one written for customers), the other
 * messages by name with a page reference, and the documents it needs with where their copies are.
 */
function scenarioExtras(scenario: ScenarioView, documents: Map<string, DocumentView>) {
  const templates = scenario.communication.templates;
  const script: TemplateView | null = templates.find((template) => template.audience === 'customers') ?? null;
  return {
    ...scenario,
    premises: scenario.premises.map(anchored('premises')),
    script,
    otherMessages: templates.filter((template) => template !== script).map(anchored('template')),
    documentCopies: scenario.documents.flatMap((document) => documents.get(document.id) ?? []),
    card: actionCard(scenario),
  };
}

/** How many numbers the action card has room for beside `steps` steps. */
function cardCalls(steps: number): number {
  return steps > CARD_STEPS ? CARD_CALLS_WITH_MORE_STEPS : CARD_CALLS;
}

/** Steps on the action card at least; more when a decision (`if:`) comes soon after, up to this many. */
const CARD_STEPS = 3;
const CARD_STEPS_MAX = 6;
/**
 * Numbers on the action card: three rows of two, or two rows when the card holds more than three steps (with five
 * steps and seven numbers the card ran onto a second page). The rest follow on the scenario's next page, and the
 * card says where.
 */
const CARD_CALLS = 6;
const CARD_CALLS_WITH_MORE_STEPS = 4;

/**
 * The workaround steps on the scenario's first page, the action card: the first three, and on up to the last
 * decision among the first six, so that "if …, go to …" is read before the reader is committed; the rest follow
 * the card, where the card says.
 */
export function actionCard(scenario: ScenarioView) {
  const steps = scenario.workaround;
  const decisions = steps.slice(0, CARD_STEPS_MAX).map((step, index) => (step.condition ? index + 1 : 0));
  // Two steps left over would be a page turn for little: a short workaround goes on the card whole.
  const count = steps.length <= CARD_STEPS + 2 ? steps.length : Math.max(CARD_STEPS, ...decisions);
  const more = steps.slice(count);
  return {
    steps: steps.slice(0, count),
    more,
    moreRange: more.length === 1 ? `step ${count + 1}` : `steps ${count + 1}–${steps.length}`,
    moreAnchor: `${scenario.slug}-more`,
    calls: scenario.whoToCall.slice(0, cardCalls(count)),
    moreCalls: scenario.whoToCall.slice(cardCalls(count)),
    moreCallsAnchor: `${scenario.slug}-more-calls`,
  };
}

/** Where a fragment sits decides its heading levels: see each section's print partials (src/render/sections/). */
function fragmentOptions(key: string, parents: string[], targets: Map<string, CrossTarget>): FragmentOptions {
  if (key === 'procedureHtml') return { top: 4, dropTitle: true, targets };
  if (key === 'html' && parents[0] === 'documents') return { top: 3, dropTitle: true, targets };
  return { top: 5, dropTitle: false, targets };
}

/** A copy of the view with every Markdown fragment (a SafeString) adapted for paper. */
function adaptFragments(value: unknown, targets: Map<string, CrossTarget>, key = '', parents: string[] = []): unknown {
  if (value instanceof Handlebars.SafeString) return printSafe(value, fragmentOptions(key, parents, targets));
  if (Array.isArray(value)) return value.map((item) => adaptFragments(item, targets, key, parents));
  if (value && typeof value === 'object') {
    const inner = key ? [...parents, key] : parents;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, adaptFragments(v, targets, k, inner)]));
  }
  return value;
}
