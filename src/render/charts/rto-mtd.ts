import type Handlebars from 'handlebars';
import type { TopLevelSpec } from 'vega-lite';
import { durationInWords } from '../view/durations.js';
import type { ScenarioView } from '../view/scenarios.js';
import type { ViewModel } from '../view/view-model.js';
import { inlineSvg } from './svg.js';
import { FONT_SIZE, INK, vegaLiteConfig } from './theme.js';
import { vegaLiteToSvg } from './vega-svg.js';
import { wrapBalanced } from './wrap.js';

export const RTO_MTD_TITLE = 'Recovery time (RTO) against maximum tolerable downtime (MTD)';

const MTD = 'Maximum tolerable downtime (MTD): the longest the business can go without it';
const RTO = 'Recovery time objective (RTO): when it must work again';
const COLOURS = { mtd: '#c5d3e2', rto: '#1d4f7a' };

/** Axis ticks in hours, with their names; a log scale spreads an hour and a week over one readable width. */
const TICKS: [number, string][] = [
  [0.25, '15 min'],
  [1, '1 hour'],
  [4, '4 hours'],
  [24, '1 day'],
  [168, '1 week'],
  [720, '30 days'],
  [2160, '90 days'],
  [8760, '1 year'],
];

const LABEL_WIDTH = 250;
const PLOT_WIDTH = 340;

interface Row {
  row: string;
  label: string[];
  rto: number;
  mtd: number;
  end: number;
  values: string;
}

/** Per scenario, most urgent first, a light bar to its MTD with its RTO drawn over it in dark. */
export async function renderRtoMtd(view: ViewModel): Promise<Handlebars.SafeString> {
  const { svg } = await vegaLiteToSvg(rtoMtdSpec(view));
  return inlineSvg(svg, {
    name: 'rto-mtd',
    title: RTO_MTD_TITLE,
    description: describe(byUrgency(view), view.notCharted),
  });
}

/** The vega-lite spec of the chart. */
export function rtoMtdSpec(view: ViewModel): TopLevelSpec {
  const scenarios = byUrgency(view);
  const [low, high] = domain(scenarios);
  return spec(
    scenarios.map((scenario, index) => row(scenario, index, low)),
    low,
    high,
  );
}

// A fixed locale: the order, and so the bytes, must not depend on the machine that builds.
const byTitle = new Intl.Collator('en', { numeric: true });

type Charted = ScenarioView & { rtoMinutes: number; mtdMinutes: number };

/** Only scenarios whose RTO and MTD the plan states are drawn: an unknown is not a bar of length zero. */
function charted(scenario: ScenarioView): scenario is Charted {
  return scenario.rtoMinutes !== null && scenario.mtdMinutes !== null;
}

function byUrgency(view: ViewModel): Charted[] {
  return view.scenarios
    .filter(charted)
    .sort((a, b) => a.mtdMinutes - b.mtdMinutes || a.rtoMinutes - b.rtoMinutes || byTitle.compare(a.title, b.title));
}

function domain(scenarios: Charted[]): [number, number] {
  const hours = scenarios.flatMap((s) => [s.rtoMinutes / 60, s.mtdMinutes / 60]).filter((h) => h > 0);
  const shortest = Math.min(...hours, 1);
  const longest = Math.max(...hours, 24);
  const low = [...TICKS].reverse().find(([h]) => h <= shortest / 2)?.[0] ?? TICKS[0]![0];
  const high = TICKS.find(([h]) => h >= longest)?.[0] ?? longest;
  return [low, high];
}

function row(scenario: Charted, index: number, low: number): Row {
  const rto = Math.max(scenario.rtoMinutes / 60, low);
  const mtd = Math.max(scenario.mtdMinutes / 60, low);
  const exceeds = scenario.rtoMinutes > scenario.mtdMinutes;
  return {
    row: String(index).padStart(4, '0'),
    label: wrapBalanced(scenario.title, LABEL_WIDTH, FONT_SIZE.label),
    rto,
    mtd,
    end: Math.max(rto, mtd),
    values: `RTO ${durationInWords(scenario.rto)} · MTD ${durationInWords(scenario.mtd)}${exceeds ? ' (RTO too long)' : ''}`,
  };
}

function describe(scenarios: Charted[], left: string[]): string {
  const lines = scenarios.map(
    (s) => `${s.title}: recover within ${durationInWords(s.rto)}, tolerable for ${durationInWords(s.mtd)}.`,
  );
  const out = left.length > 0 ? ` Not drawn: ${left.join('; ')}.` : '';
  return `For each scenario, most urgent first, the recovery time objective against the maximum tolerable downtime. ${lines.join(' ')}${out}`;
}

function spec(rows: Row[], low: number, high: number): TopLevelSpec {
  const lines = Math.max(1, ...rows.map((r) => r.label.length));
  const step = Math.max(36, lines * vegaLiteConfig.text.lineHeight + 14);
  const ticks = TICKS.filter(([h]) => h >= low && h <= high);
  const x = {
    type: 'quantitative',
    scale: { type: 'log', domain: [low, high], nice: false },
    axis: {
      title: 'Time after the disruption starts (log scale)',
      values: ticks.map(([h]) => h),
      labelExpr: ticks.map(([h, name]) => `datum.value == ${h} ? '${name}' : `).join('') + "''",
      grid: true,
      orient: 'bottom',
    },
  } as const;
  const y = { field: 'row', type: 'ordinal', axis: null, sort: null } as const;
  const colour = { scale: { domain: [MTD, RTO], range: [COLOURS.mtd, COLOURS.rto] }, legend: legend() } as const;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: vegaLiteConfig,
    title: { text: RTO_MTD_TITLE, subtitle: 'Most urgent first. The dark bar must end before the light one does.' },
    width: PLOT_WIDTH,
    height: { step },
    data: { values: rows },
    encoding: { y },
    layer: [
      {
        mark: { type: 'bar', size: 24 },
        encoding: { x: { field: 'mtd', ...x }, x2: { datum: low }, color: { datum: MTD, ...colour } },
      },
      {
        mark: { type: 'bar', size: 10 },
        encoding: { x: { field: 'rto', type: 'quantitative' }, x2: { datum: low }, color: { datum: RTO } },
      },
      {
        data: { values: labelLines(rows, step) },
        mark: { type: 'text', align: 'right', baseline: 'middle', dx: -12 },
        encoding: {
          x: { datum: low, type: 'quantitative' },
          yOffset: { field: 'shift', type: 'quantitative', scale: null },
          text: { field: 'text' },
        },
      },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 8, fontSize: FONT_SIZE.small, color: INK.text },
        encoding: { x: { field: 'end', type: 'quantitative' }, text: { field: 'values' } },
      },
    ],
  } as TopLevelSpec;
}

/**
 * One datum a line, so that a wrapped title sits centred on its bar (vega hangs extra lines below the first). With an
 * offset, vega-lite places text at the top of the row's band: the offset adds half a band.
 */
function labelLines(rows: Row[], step: number): { row: string; text: string; shift: number }[] {
  const lineHeight = vegaLiteConfig.text.lineHeight;
  return rows.flatMap(({ row, label }) =>
    label.map((text, i) => ({ row, text, shift: step / 2 + (i - (label.length - 1) / 2) * lineHeight })),
  );
}

function legend(): Record<string, unknown> {
  return { title: null, orient: 'top', direction: 'vertical', symbolType: 'square', symbolSize: 200, offset: 10 };
}
