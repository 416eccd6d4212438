import Handlebars from 'handlebars';
import type { SystemView, VendorView } from '../view/contacts.js';
import type { ScenarioView } from '../view/scenarios.js';
import type { ViewModel } from '../view/view-model.js';
import { drawOnce } from './drawn.js';
import { dotLabel, graphviz } from './graphviz.js';
import { inlineSvg } from './svg.js';
import { FONT_FAMILY, INK } from './theme.js';
import { textWidth } from './text-width.js';
import { wrapBalanced } from './wrap.js';

export const DEPENDENCIES_TITLE = 'What each scenario depends on: its systems, then their vendors';

const FONT_SIZE = 14;
const LINE_WIDTH = 190;
const MARGIN = { x: 10, y: 5 };
const COLOURS = { scenario: '#e8eff7', system: '#ffffff', vendor: '#f2f2f2', critical: '#1a1a1a', border: '#6b6b6b' };

interface Graph {
  nodes: Map<string, string>;
  systems: SystemView[];
  vendors: VendorView[];
}

/**
 * Above this many boxes the plan gets one diagram per scenario instead of one for the whole plan. Graphviz's layout
 * grows worse than linearly with the boxes (the 4,000 of a 1,000-scenario plan took 6.5 s of a 33 s site build),
 * and a diagram that tall cannot be read anyway; one scenario's systems and vendors can. The example plan has 31
 * boxes and a generated plan of 100 scenarios 400: both keep the single diagram.
 */
export const MAX_BOXES_IN_ONE_DIAGRAM = 1000;

/**
 * Scenarios, the systems they need and the vendors behind those, left to right, laid out by Graphviz `dot`: one
 * diagram, or one per scenario above `maxBoxes` boxes (MAX_BOXES_IN_ONE_DIAGRAM; smaller in tests).
 */
export async function renderDependencies(
  view: ViewModel,
  maxBoxes = MAX_BOXES_IN_ONE_DIAGRAM,
): Promise<Handlebars.SafeString> {
  const graph = collect(view);
  if (graph.nodes.size > maxBoxes) return renderEachScenario(view);
  const source = dot(view, graph, LEGEND);
  const svg = await drawOnce(`dot\0${source}`, async () => (await graphviz()).dot(source));
  return inlineSvg(svg, { name: 'dependencies', title: DEPENDENCIES_TITLE, description: describe(view, graph) });
}

/** One diagram per scenario, one after the other, each with ids of its own so that they can share a page. */
async function renderEachScenario(view: ViewModel): Promise<Handlebars.SafeString> {
  const parts = view.scenarios.map((scenario, i) => {
    const part = { ...view, scenarios: [scenario] };
    const graph = scenarioGraph(view, scenario);
    const title = `What ${scenario.title} depends on: its systems, then their vendors`;
    // The title and legend once, above the first: the scenario's own box names each diagram.
    return { part, graph, title, source: dot(part, graph, i === 0 ? [...LEGEND, EACH_SCENARIO] : null) };
  });
  const sources = parts.map((p) => p.source);
  const svgs = await drawOnce(`dot-each\0${sources.join('\0')}`, async () => {
    const layout = await graphviz();
    return sources.map((source) => layout.dot(source));
  });
  const drawn = parts.map(({ part, graph, title }, i) =>
    inlineSvg(svgs[i] as string, {
      name: 'dependencies',
      title,
      description: describe(part, graph),
      idPrefix: `bcp-dependencies-${i + 1}-`,
    }).toString(),
  );
  return new Handlebars.SafeString(drawn.join('\n'));
}

/** The systems shown are the active ones and any a scenario names; every vendor is shown. */
function collect(view: ViewModel): Graph {
  const named = new Set(view.scenarios.flatMap((s) => s.systems.map((system) => system.id)));
  const systems = view.systems.filter((s) => !s.retired || named.has(s.id));
  return graphOf(view.scenarios, systems, view.vendors);
}

/**
 * One scenario's part of the plan: the systems it names and the ones they fall back to, the vendors behind those
 * systems, the vendors it names itself, and the vendors those are backed up by.
 */
function scenarioGraph(view: ViewModel, scenario: ScenarioView): Graph {
  const vendorById = new Map(view.vendors.map((v) => [v.id, v]));
  const systemIds = new Set(scenario.systems.map((s) => s.id));
  for (const system of scenario.systems) if (system.fallbackSystem) systemIds.add(system.fallbackSystem.id);
  const systems = view.systems.filter((s) => systemIds.has(s.id));
  const vendorIds = new Set([...scenario.vendors.map((v) => v.id), ...systems.flatMap((s) => s.vendor?.id ?? [])]);
  for (const id of [...vendorIds]) {
    const backup = vendorById.get(id)?.backupVendor;
    if (backup) vendorIds.add(backup.id);
  }
  const vendors = view.vendors.filter((v) => vendorIds.has(v.id));
  return graphOf([scenario], systems, vendors);
}

function graphOf(scenarios: ScenarioView[], systems: SystemView[], vendors: VendorView[]): Graph {
  const nodes = new Map<string, string>();
  scenarios.forEach((s, i) => nodes.set(`scenario:${s.id}`, `scenario${i}`));
  systems.forEach((s, i) => nodes.set(`system:${s.id}`, `system${i}`));
  vendors.forEach((v, i) => nodes.set(`vendor:${v.id}`, `vendor${i}`));
  return { nodes, systems, vendors };
}

function dot(view: Pick<ViewModel, 'scenarios'>, graph: Graph, legend: string[] | null): string {
  const node = (key: string): string | undefined => graph.nodes.get(key);
  const statements: string[] = [];
  const edge = (from: string | undefined, to: string | undefined, attributes = ''): void => {
    if (from && to) statements.push(`${from} -> ${to}${attributes ? ` [${attributes}]` : ''};`);
  };
  for (const scenario of view.scenarios) {
    const from = node(`scenario:${scenario.id}`);
    for (const system of scenario.systems) edge(from, node(`system:${system.id}`));
    const throughSystems = new Set(scenario.systems.map((s) => s.vendor?.id));
    for (const vendor of scenario.vendors.filter((v) => !throughSystems.has(v.id))) {
      edge(from, node(`vendor:${vendor.id}`), `color="${INK.rule}"`);
    }
  }
  for (const system of graph.systems) {
    const from = node(`system:${system.id}`);
    if (system.vendor) edge(from, node(`vendor:${system.vendor.id}`));
    if (system.fallbackSystem) edge(from, node(`system:${system.fallbackSystem.id}`), dashed('fallback'));
  }
  for (const vendor of graph.vendors) {
    if (vendor.backupVendor)
      edge(node(`vendor:${vendor.id}`), node(`vendor:${vendor.backupVendor.id}`), dashed('backup'));
  }
  const font = `fontname=${dotLabel(FONT_FAMILY)}`;
  return [
    'digraph dependencies {',
    `graph [rankdir=LR, newrank=true, nodesep=0.14, ranksep=0.9, pad=0.2, bgcolor=white, ${font}, fontsize=${FONT_SIZE}];`,
    ...(legend ? [`graph [label=${heading(legend)}, labelloc=t, labeljust=l];`] : []),
    `node [shape=box, style="rounded,filled", ${font}, fontsize=${FONT_SIZE}, fontcolor="${INK.text}", color="${COLOURS.border}", penwidth=1.2, margin="${MARGIN.x / 72},${MARGIN.y / 72}"];`,
    `edge [color="${INK.muted}", penwidth=1.2, arrowsize=0.7, ${font}, fontsize=12, fontcolor="${INK.text}"];`,
    column(
      'scenarios',
      view.scenarios.map((s) => [node(`scenario:${s.id}`)!, [s.title], false, COLOURS.scenario]),
    ),
    column(
      'systems',
      graph.systems.map((s) => [node(`system:${s.id}`)!, systemLines(s), critical(s), COLOURS.system]),
    ),
    column(
      'vendors',
      graph.vendors.map((v) => [node(`vendor:${v.id}`)!, vendorLines(v), critical(v), COLOURS.vendor]),
    ),
    ...statements,
    '}',
  ].join('\n');
}

const LEGEND = [
  'Scenarios on the left, the systems they need in the middle, the vendors behind them on the right.',
  'Dashed arrow: falls back to (systems) or is backed up by (vendors). Thick border: critical.',
];

const EACH_SCENARIO = 'The plan has too many to show in one picture: each scenario has a diagram of its own.';

/**
 * The title and legend, left-aligned. Graphviz does not know the typeface and would guess the width of a plain graph
 * label from Times, then centre it on that guess; a table cell as wide as the measured text keeps it in the picture.
 * Only our own words go in here: HTML-like labels are never built from plan text.
 */
function heading(legend: string[]): string {
  const cell = (text: string, size: number, bold: boolean): string =>
    `<TR><TD ALIGN="LEFT" WIDTH="${Math.ceil(textWidth(text, size, bold))}"><FONT POINT-SIZE="${size}">${bold ? `<B>${text}</B>` : text}</FONT></TD></TR>`;
  return `<<TABLE BORDER="0" CELLPADDING="2" CELLSPACING="0">${cell(DEPENDENCIES_TITLE, 18, true)}${legend.map((line) => cell(line, 13, false)).join('')}<TR><TD HEIGHT="8"></TD></TR></TABLE>>`;
}

type NodeSpec = [id: string, lines: string[], critical: boolean, fill: string];

function column(id: string, nodes: NodeSpec[]): string {
  const body = nodes.map(([node, lines, isCritical, fill]) => {
    const wrapped = lines.flatMap((line) => wrapBalanced(line, LINE_WIDTH, FONT_SIZE));
    const width = Math.max(...wrapped.map((line) => textWidth(line, FONT_SIZE))) + 2 * MARGIN.x + 4;
    const emphasis = isCritical ? `, penwidth=3, color="${COLOURS.critical}"` : '';
    return `  ${node} [label=${dotLabel(...wrapped)}, width=${(width / 72).toFixed(3)}, fillcolor="${fill}"${emphasis}];`;
  });
  return [`subgraph ${id} {`, '  rank=same;', ...body, '}'].join('\n');
}

const critical = (item: { criticality: string | null }): boolean => item.criticality === 'critical';

function systemLines(system: SystemView): string[] {
  const notes = [critical(system) ? 'critical' : null, system.retired ? 'retired' : null].filter(Boolean);
  return notes.length ? [system.name, `(${notes.join(', ')})`] : [system.name];
}

function vendorLines(vendor: VendorView): string[] {
  return critical(vendor) ? [vendor.name, '(critical)'] : [vendor.name];
}

function dashed(label: string): string {
  return `style=dashed, tailport=e, headport=e, xlabel=${dotLabel(label)}`;
}

function describe(view: Pick<ViewModel, 'scenarios'>, graph: Graph): string {
  const scenarios = view.scenarios.map((s) => {
    const systems = s.systems.map((system) => system.name);
    const vendors = s.vendors.map((vendor) => vendor.name);
    return `${s.title}: systems ${systems.join(', ') || 'none'}; vendors ${vendors.join(', ') || 'none'}.`;
  });
  const fallbacks = graph.systems
    .filter((s) => s.fallbackSystem)
    .map((s) => `${s.name} falls back to ${s.fallbackSystem?.name}.`);
  const backups = graph.vendors
    .filter((v) => v.backupVendor)
    .map((v) => `${v.name} is backed up by ${v.backupVendor?.name}.`);
  return ['Scenarios, the systems they need and the vendors behind them.', ...scenarios, ...fallbacks, ...backups].join(
    ' ',
  );
}
