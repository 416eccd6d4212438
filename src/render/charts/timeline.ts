import type Handlebars from 'handlebars';
import type * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import type { ExerciseType } from '../../core/plan.generated.js';
import type { ViewModel } from '../view/view-model.js';
import { inlineSvg } from './svg.js';
import { EXERCISE_COLOURS, FONT_SIZE, INK, vegaLiteConfig } from './theme.js';
import { vegaLiteToSvg } from './vega-svg.js';

export const TIMELINE_TITLE = 'Exercises: held, scheduled and next due';

const TYPES: [ExerciseType, string][] = [
  ['tabletop', 'Tabletop exercise'],
  ['functional', 'Functional test'],
  ['full-scale', 'Full-scale test'],
];
const KINDS = {
  held: 'Exercise held',
  planned: 'Exercise scheduled',
  due: 'Next one due by',
  overdue: 'Overdue since',
};
const SHAPES: Record<string, string> = {
  [KINDS.held]: 'circle',
  [KINDS.planned]: 'circle',
  [KINDS.due]: 'diamond',
  [KINDS.overdue]: 'triangle-up',
};
const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Mark {
  time: number;
  type: string;
  kind: string;
  /** 1 for an exercise held, 0 (hollow) for anything still to come. */
  solid: number;
  note: string;
}

/** Exercises on a time line, one row per type, with the date each type is next due and a line for today. */
export async function renderTimeline(view: ViewModel): Promise<Handlebars.SafeString> {
  const { svg } = await vegaLiteToSvg(timelineSpec(view), hollowLegend);
  return inlineSvg(svg, { name: 'timeline', title: TIMELINE_TITLE, description: describe(view, view.meta.today) });
}

/** The vega-lite spec of the chart; draw it with `hollowLegend` as the adjustment. */
export function timelineSpec(view: ViewModel): TopLevelSpec {
  const today = view.meta.today;
  return spec([...exerciseMarks(view), ...dueMarks(view, today)], today);
}

const time = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const typeName = (type: ExerciseType): string => TYPES.find(([t]) => t === type)?.[1] ?? type;

/** `2026-11-02` → `2 Nov 2026`, in UTC like the dates in the plan. */
export function dayMonthYear(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

function exerciseMarks(view: ViewModel): Mark[] {
  return view.exercises.map((exercise) => ({
    time: time(exercise.date),
    type: typeName(exercise.type),
    kind: exercise.planned ? KINDS.planned : KINDS.held,
    solid: exercise.planned ? 0 : 1,
    note: '',
  }));
}

/** One mark per type and due date, however many scenarios share it; never rehearsed means due today. */
function dueMarks(view: ViewModel, today: string): Mark[] {
  const groups = new Map<string, Mark & { count: number }>();
  for (const due of view.due) {
    const date = due.due ?? today;
    const kind = due.overdue ? KINDS.overdue : KINDS.due;
    const key = `${due.type} ${date} ${kind}`;
    const group = groups.get(key) ?? { time: time(date), type: typeName(due.type), kind, solid: 0, note: '', count: 0 };
    group.count += 1;
    // One scenario needs no note; a mark that stands for several says how many.
    group.note = group.count > 1 ? `${group.count} scenarios` : '';
    groups.set(key, group);
  }
  return [...groups.values()].map(({ time, type, kind, solid, note }) => ({ time, type, kind, solid, note }));
}

/** vega-lite gives every legend symbol one fill; as on the chart, only a held exercise is filled. */
export function hollowLegend(compiled: vega.Spec): void {
  for (const legend of compiled.legends ?? []) {
    const symbols = (legend.encode ??= {}).symbols ?? {};
    // An expression over our own words only: plan text never goes into vega code.
    symbols.update = {
      ...symbols.update,
      fill: { signal: `datum.value === ${JSON.stringify(KINDS.held)} ? ${JSON.stringify(INK.text)} : 'transparent'` },
      stroke: { value: INK.text },
    };
    legend.encode.symbols = symbols;
  }
}

function describe(view: ViewModel, today: string): string {
  const held = view.exercises.map(
    (e) => `${typeName(e.type)} ${e.planned ? 'scheduled for' : 'held on'} ${dayMonthYear(e.date)}: ${e.title}.`,
  );
  const due = view.due.map(
    (d) =>
      `${typeName(d.type)} for ${d.scenario.title}: ${d.due ? `${d.overdue ? 'overdue since' : 'due by'} ${dayMonthYear(d.due)}` : 'never rehearsed, due now'}.`,
  );
  return [`Exercises over time; today is ${dayMonthYear(today)}.`, ...held, ...due].join(' ');
}

function spec(marks: Mark[], today: string): TopLevelSpec {
  const times = [...marks.map((m) => m.time), time(today)];
  const domain = [Math.min(...times) - 30 * DAY, Math.max(...times) + 45 * DAY];
  const rows = TYPES.map(([, name]) => name).filter((name) => marks.some((m) => m.type === name));
  const x = {
    field: 'time',
    type: 'temporal',
    scale: { type: 'utc', domain },
    axis: { title: null, format: '%b %Y', tickCount: { interval: 'month', step: 3 }, grid: true, labelFontSize: 12 },
  } as const;
  const y = {
    field: 'type',
    type: 'nominal',
    sort: rows,
    scale: { domain: rows.length ? rows : TYPES.map(([, name]) => name) },
    axis: { title: null, labelFontSize: FONT_SIZE.label, labelPadding: 10, domain: false, ticks: false },
  } as const;
  const colour = {
    field: 'type',
    type: 'nominal',
    scale: { domain: TYPES.map(([, name]) => name), range: TYPES.map(([type]) => EXERCISE_COLOURS[type]) },
    legend: null,
  } as const;
  const kinds = Object.values(KINDS).filter((kind) => marks.some((m) => m.kind === kind));
  const shape = {
    field: 'kind',
    type: 'nominal',
    scale: { domain: kinds, range: kinds.map((kind) => SHAPES[kind]) },
    legend: {
      title: null,
      orient: 'top',
      direction: 'horizontal',
      symbolSize: 150,
      symbolStrokeColor: INK.text,
      offset: 26,
    },
  } as const;
  const one = { values: [{}] };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: vegaLiteConfig,
    title: { text: TIMELINE_TITLE, subtitle: 'One row per kind of exercise. Hollow marks are still to come.' },
    width: 520,
    height: { step: 56 },
    data: { values: marks },
    layer: [
      {
        data: one,
        mark: { type: 'rule', color: INK.text, strokeDash: [5, 4], strokeWidth: 1.5 },
        encoding: { x: { datum: time(today), type: 'temporal' } },
      },
      {
        data: one,
        mark: { type: 'text', align: 'left', baseline: 'bottom', dx: 4, dy: -4, fontSize: FONT_SIZE.small },
        encoding: {
          x: { datum: time(today), type: 'temporal' },
          y: { value: 0 },
          text: { value: `Today, ${dayMonthYear(today)}` },
        },
      },
      {
        mark: { type: 'point', filled: true, size: 170, strokeWidth: 2.5, opacity: 1 },
        encoding: {
          x,
          y,
          color: colour,
          stroke: colour,
          shape,
          fillOpacity: { field: 'solid', type: 'quantitative', scale: null },
        },
      },
      {
        transform: [{ filter: 'datum.note' }],
        mark: { type: 'text', align: 'center', baseline: 'top', dy: 12, fontSize: FONT_SIZE.small },
        encoding: { x, y, text: { field: 'note' } },
      },
    ],
  } as TopLevelSpec;
}
