import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { drawOnce } from './drawn.js';
import { textWidth } from './text-width.js';

type TextItem = { fontSize?: number | string; fontWeight?: number | string; font?: string };
type TextMetrics = { width: (item: TextItem, text: unknown) => number };

// vega measures text with node-canvas when it is installed and otherwise guesses 0.8 em a letter; neither knows
// the bundled typeface. vega supports replacing `textMetrics.width` (vl-convert does the same).
const metrics = (vega as unknown as { textMetrics: TextMetrics }).textMetrics;
metrics.width = (item, text) => {
  const fontSize = item.fontSize == null ? 11 : Number(item.fontSize) || 0;
  const line = text == null ? '' : String(text as string).trim();
  const bold = item.fontWeight === 'bold' || Number(item.fontWeight) >= 600;
  return textWidth(line, fontSize, bold);
};

const refuse = (): Promise<never> => Promise.reject(new Error('charts are drawn from inline data only'));
const loader = { load: refuse, sanitize: refuse, http: refuse, file: refuse } as unknown as vega.Loader;

export interface VegaSvg {
  svg: string;
  /** What vega-lite and vega would have printed: an empty list for a chart that draws what it means to. */
  warnings: string[];
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * A vega-lite spec drawn as an SVG string, without a browser; `adjust` may change the compiled vega spec first, for
 * what vega-lite cannot say. Renders run one at a time because vega numbers
 * clip paths with a counter shared by the process: reset before each, the ids come out the same on every build.
 */
export function vegaLiteToSvg(spec: TopLevelSpec, adjust?: (compiled: vega.Spec) => void): Promise<VegaSvg> {
  const next = queue.then(() => drawKnown(spec, adjust));
  queue = next.catch(() => undefined);
  return next;
}

/** `adjust` is one of the chart modules' own functions, the same for every build: its name is enough of a key. */
function drawKnown(spec: TopLevelSpec, adjust?: (compiled: vega.Spec) => void): Promise<VegaSvg> {
  return drawOnce(`vega-lite\0${adjust?.name ?? ''}\0${JSON.stringify(spec)}`, () => draw(spec, adjust));
}

async function draw(spec: TopLevelSpec, adjust?: (compiled: vega.Spec) => void): Promise<VegaSvg> {
  const warnings: string[] = [];
  const logger = vega.logger(vega.Warn, undefined, (_method, level, args) => {
    warnings.push(`${level} ${args.map(String).join(' ')}`);
  });
  const compiled = compile(spec, { logger }).spec;
  adjust?.(compiled);
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', loader, logger });
  try {
    vega.resetSVGDefIds();
    return { svg: await view.toSVG(), warnings };
  } finally {
    view.finalize();
  }
}
