import Handlebars from 'handlebars';
import type { DocumentView } from '../view/documents.js';
import { callTree } from '../view/call-tree.js';
import type { ScenarioView, TemplateView } from '../view/scenarios.js';
import type { ViewModel } from '../view/view-model.js';
import { fontFaceCss } from './fonts.js';
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
 * Scenarios per page of the quick reference. Three first actions and a call list for each, at a size that can be
 * read under stress, fit four to a page: more scenarios take two pages (facing each other when printed
 * double-sided, after the cover), never smaller print.
 */
const QUICK_REFERENCE_ROWS = 4;

/** Blank note lines on the back-to-normal checklist; a declared form says its own number of rows. */
const NOTE_LINES = 5;

const range = (count: number): number[] => Array.from({ length: count }, (_, index) => index + 1);

/**
 * The view as the print templates use it: Markdown fragments adapted for paper, the charts normalised to
 * null, and what the templates cannot compute themselves (the call tree, the messages for each scenario,
 * the note lines of the back-to-normal checklist). Every field is present: the templates compile in strict mode.
 */
export function binderView(view: PrintView, fontDir: string) {
  const { charts: drawn, ...plain } = view;
  const paper = adaptFragments(plain) as ViewModel;
  const documents = paper.documents.map(anchored('document'));
  const byId = new Map(documents.map((document) => [document.id, document]));
  const scenarios = paper.scenarios.map((scenario) => scenarioExtras(scenario, byId));
  const readings = documents.filter((document) => document.kind !== 'checklist' && document.html);
  const binder = {
    ...paper,
    charts: charts(drawn),
    documents,
    premises: paper.premises.map(anchored('premises')),
    scenarios,
    print: {
      fontFaces: new Handlebars.SafeString(fontFaceCss(fontDir)),
      commit: commitLabel(view.meta.commit),
      paperName: view.meta.paper === 'letter' ? 'US Letter' : 'A4',
      callTree: callTree(paper.callTree, view.meta.owner.id),
      quickReference: balancedPages(scenarios, QUICK_REFERENCE_ROWS),
      messages: messages(paper),
      checklists: documents.filter((document) => document.kind === 'checklist' && document.html),
      readings,
      rows: { notes: range(NOTE_LINES) },
      // The binder's parts and contents, in the order of the section registry.
      parts: binderPartials().map((partial) => ({ partial })),
    },
  };
  return { ...binder, print: { ...binder.print, contents: binderContents(binder) } };
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

function charts(given: PrintView['charts']): PrintCharts | null {
  const normalised = {
    rtoMtd: given?.rtoMtd ?? null,
    dependencies: given?.dependencies ?? null,
    timeline: given?.timeline ?? null,
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
  };
}

/** Where a fragment sits decides its heading levels: see each section's print partials (src/render/sections/). */
function fragmentOptions(key: string, parents: string[]): FragmentOptions {
  if (key === 'procedureHtml') return { top: 4, dropTitle: true };
  if (key === 'html' && parents[0] === 'documents') return { top: 3, dropTitle: true };
  return { top: 5, dropTitle: false };
}

/** A copy of the view with every Markdown fragment (a SafeString) adapted for paper. */
function adaptFragments(value: unknown, key = '', parents: string[] = []): unknown {
  if (value instanceof Handlebars.SafeString) return printSafe(value, fragmentOptions(key, parents));
  if (Array.isArray(value)) return value.map((item) => adaptFragments(item, key, parents));
  if (value && typeof value === 'object') {
    const inner = key ? [...parents, key] : parents;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, adaptFragments(v, k, inner)]));
  }
  return value;
}
