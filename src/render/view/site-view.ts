import Handlebars from 'handlebars';
import { siteHref } from '../site-hrefs.js';
import { severityRank } from '../../core/diagnostic.js';
import type { CallView, ScenarioView, TemplateView } from '../view/scenarios.js';
import { callNumbers } from './action-card.js';
import { idLinker, type IdLinker } from './id-links.js';
import type { DocumentView } from '../view/documents.js';
import type { PremisesView, SystemView, VendorView } from '../view/contacts.js';
import type { CoverageView, DueView, ExerciseView } from '../view/exercises.js';
import type { ViewModel } from '../view/view-model.js';
import { callTree, type CallTreeNode } from '../view/call-tree.js';
import { durationInWords } from './durations.js';
import type { StepView } from './steps.js';
import { fitMarkdownHtml, type LinkTargets } from './markdown-links.js';
import { plainText } from '../plain-text.js';

/** SVG charts drawn by the chart renderer; the site shows each one that is there. */
export interface SiteCharts {
  rtoMtd: Handlebars.SafeString | null;
  dependencies: Handlebars.SafeString | null;
  timeline: Handlebars.SafeString | null;
}

/** What the build hands the site renderer: the view model, and the charts when they were drawn. */
export type SiteView = ViewModel & { charts?: SiteCharts | null };

type Named = { id: string; title: string; file: string };

export interface SiteScenario extends ScenarioView {
  /** Relative to the site root: `scenarios/<id>.html`. */
  file: string;
  kindLabel: string;
  /** The action card's numbers to call besides the lead and the deputy. */
  callNumbers: CallView[];
  words: { mtd: string; rto: string; rpo: string; after: string | null };
}

/** ok, warning or error: the colour of a status, always shown with words too. */
export type Tone = 'ok' | 'warning' | 'error';

/** The view model as the site templates see it: Markdown headings fitted under the page's, cross-references added. */
export interface SiteData extends Omit<
  ViewModel,
  'scenarios' | 'vendors' | 'systems' | 'documents' | 'communication' | 'coverage' | 'due' | 'exercises' | 'premises'
> {
  charts: SiteCharts | null;
  scenarios: SiteScenario[];
  vendors: (VendorView & { scenarios: Named[]; systems: { id: string; name: string }[] })[];
  systems: (SystemView & { scenarios: Named[] })[];
  documents: (DocumentView & { scenarios: Named[] })[];
  communication: ViewModel['communication'];
  callTreeRoots: CallTreeNode[];
  coverage: (CoverageView & { label: string; every: string; tone: Tone })[];
  due: (DueView & { status: string; tone: Tone; file: string })[];
  exercises: (Omit<ExerciseView, 'scenarios'> & { scenarios: Named[] })[];
  premises: (PremisesView & { stepAnchors: { reroute: string; undo: string } })[];
}

/** Each id's scenarios, in scenario order, each once. */
function scenariosBy(
  scenarios: SiteScenario[],
  refs: (scenario: ScenarioView) => { id: string }[],
): Map<string, Named[]> {
  const by = new Map<string, Named[]>();
  for (const scenario of scenarios) {
    const named = { id: scenario.id, title: scenario.title, file: scenario.file };
    for (const id of new Set(refs(scenario).map((ref) => ref.id))) {
      const list = by.get(id);
      if (list) list.push(named);
      else by.set(id, [named]);
    }
  }
  return by;
}

function groupBy<T>(items: T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const by = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = by.get(k);
    if (list) list.push(item);
    else by.set(k, [item]);
  }
  return by;
}

export function siteData(view: SiteView): SiteData {
  const targets: LinkTargets = {
    documents: new Set(view.documents.map((d) => d.id)),
    scenarios: new Set(view.scenarios.map((s) => s.id)),
  };
  const ids = {
    scenarios: new Map(view.scenarios.map((s) => [s.id, s.title])),
    templates: new Set(view.communication.templates.map((t) => t.id)),
    documents: targets.documents,
    forms: new Set(view.forms.map((f) => f.id)),
    premises: new Set(view.premises.map((p) => p.id)),
  };
  // Ids named in the plan's text become links: one linker for pages at the site root, one for scenarios/.
  const link = { top: idLinker(ids, ''), scenario: idLinker(ids, '../') };
  const scenarios = view.scenarios.map((scenario) => siteScenario(scenario, targets, link.scenario));
  // Which scenarios use each vendor, system and document, and each vendor's systems: indexed once, since looking
  // them up per item goes through every scenario for every item, which a large plan feels.
  const usedIn = {
    vendors: scenariosBy(scenarios, (s) => s.vendors),
    systems: scenariosBy(scenarios, (s) => s.systems),
    documents: scenariosBy(scenarios, (s) => s.documents),
  };
  const systemsOf = groupBy(view.systems, (system) => system.vendor?.id);
  return {
    ...view,
    charts: view.charts
      ? {
          rtoMtd: siteChart(view.charts.rtoMtd),
          dependencies: siteChart(view.charts.dependencies),
          timeline: siteChart(view.charts.timeline),
        }
      : null,
    scenarios,
    vendors: view.vendors.map((vendor) => ({
      ...vendor,
      scenarios: usedIn.vendors.get(vendor.id) ?? [],
      systems: (systemsOf.get(vendor.id) ?? []).map(({ id, name }) => ({ id, name })),
    })),
    systems: view.systems.map((system) => ({
      ...system,
      backups: system.backups.map((b) => ({ ...b, interval: words(b.interval), verifyEvery: words(b.verifyEvery) })),
      scenarios: usedIn.systems.get(system.id) ?? [],
    })),
    documents: view.documents.map((document) => ({
      ...document,
      html: document.html ? link.top(fitMarkdownHtml(document.html, { top: 4, root: '', targets })) : null,
      reviewInterval: words(document.reviewInterval),
      scenarios: usedIn.documents.get(document.id) ?? [],
    })),
    communication: {
      ...view.communication,
      updateEvery: words(view.communication.updateEvery),
      templates: view.communication.templates.map((t) => siteTemplate(t, { top: 4, root: '', targets }, link.top)),
    },
    contacts: view.contacts ? { ...view.contacts, reviewInterval: words(view.contacts.reviewInterval) } : null,
    callTreeRoots: callTree(view.callTree, view.meta.owner.id),
    coverage: view.coverage.map((c) => ({
      ...c,
      label: exerciseLabel[c.type],
      every: `every ${durationInWords(c.cadence)}`,
      tone: c.percent === 100 ? 'ok' : c.percent >= 50 ? 'warning' : 'error',
    })),
    // Errors first: the findings page is read top-down, and the order within a severity is the checker's.
    health: {
      ...view.health,
      findings: [...view.health.findings].sort((a, b) => severityRank[b.severity] - severityRank[a.severity]),
    },
    due: view.due.map((d) => ({ ...d, ...dueStatus(d), file: scenarioFile(d.scenario.id) })),
    premises: view.premises.map((p) => ({
      ...p,
      callRerouting: p.callRerouting
        ? {
            ...p.callRerouting,
            steps: p.callRerouting.steps.map((step) => linkedStep(step, link.top)),
            undo: p.callRerouting.undo.map((step) => linkedStep(step, link.top)),
          }
        : null,
      stepAnchors: { reroute: `reroute-step-${p.id}`, undo: `undo-step-${p.id}` },
    })),
    exercises: view.exercises.map((e) => ({
      ...e,
      duration: words(e.duration),
      scenarios: e.scenarios.map((s) => ({ ...s, file: scenarioFile(s.id) })),
    })),
  };
}

function siteScenario(scenario: ScenarioView, targets: LinkTargets, link: IdLinker): SiteScenario {
  const fit = { top: 3, root: '../', targets };
  const step = (s: StepView): StepView => linkedStep(s, link, scenario.id);
  return {
    ...scenario,
    file: scenarioFile(scenario.id),
    kindLabel: sentence(scenario.kind),
    callNumbers: callNumbers(scenario),
    words: {
      mtd: durationInWords(scenario.mtd),
      rto: durationInWords(scenario.rto),
      rpo: durationInWords(scenario.rpo),
      after: scenario.trigger.after ? durationInWords(scenario.trigger.after) : null,
    },
    workaround: scenario.workaround.map(step),
    firstActions: scenario.firstActions.map(step),
    recovery: scenario.recovery.map(step),
    backToNormal: scenario.backToNormal.map(step),
    procedureHtml: scenario.procedureHtml ? link(fitMarkdownHtml(scenario.procedureHtml, fit), scenario.id) : null,
    communication: {
      ...scenario.communication,
      updateEvery: words(scenario.communication.updateEvery),
      templates: scenario.communication.templates.map((t) => siteTemplate(t, { ...fit, top: 4 }, link)),
    },
  };
}

/**
 * A chart without the style attribute on its outer `<svg>` (sizing, which the site's stylesheet does for
 * `.chart svg`): so no page needs `'unsafe-inline'` styles in its CSP.
 */
function siteChart(chart: Handlebars.SafeString | null | undefined): Handlebars.SafeString | null {
  if (!chart) return null;
  // Each drawing's own: a large plan's dependency diagrams are one drawing per scenario, one after the other.
  return new Handlebars.SafeString(chart.toString().replace(/(^|<\/svg>)(\s*<svg\b[^>]*?)\sstyle="[^"]*"/g, '$1$2'));
}

/**
 * A step whose Markdown came out empty (a line that is a raw HTML block is dropped whole) would be a blank
 * checklist item: show its text, escaped, instead.
 */
function visibleStep(step: StepView): StepView {
  if (plainText(step.html.toString()) !== '' || step.text.trim() === '') return step;
  return { ...step, html: new Handlebars.SafeString(Handlebars.escapeExpression(step.text)) };
}

function siteTemplate(
  template: TemplateView,
  fit: Parameters<typeof fitMarkdownHtml>[1],
  link: IdLinker,
): TemplateView {
  return { ...template, html: link(fitMarkdownHtml(template.html, fit), template.id) };
}

/** A step shown (see visibleStep) with the ids in its text linked. */
function linkedStep(step: StepView, link: IdLinker, self?: string): StepView {
  const shown = visibleStep(step);
  return { ...shown, html: link(shown.html, self) };
}

const exerciseLabel: Record<CoverageView['type'], string> = {
  tabletop: 'Tabletop exercise',
  functional: 'Functional test',
  'full-scale': 'Full-scale test',
};

function sentence(kebab: string): string {
  const words = kebab.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function dueStatus(due: DueView): { status: string; tone: Tone } {
  const days = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;
  if (due.daysLeft === null) return { status: 'never rehearsed', tone: 'error' };
  if (due.daysLeft < 0) return { status: `overdue by ${days(-due.daysLeft)}`, tone: 'error' };
  if (due.daysLeft === 0) return { status: 'due today', tone: 'warning' };
  return { status: `due in ${days(due.daysLeft)}`, tone: due.daysLeft <= 14 ? 'warning' : 'ok' };
}

/** A duration in words, or the text as written when it is not one (or null). */
function words<T extends string | null>(text: T): T {
  return (text === null ? text : durationInWords(text)) as T;
}

function scenarioFile(id: string): string {
  return siteHref('scenario', id, '');
}
