import type Handlebars from 'handlebars';
import type { ViewModel } from '../view/view-model.js';
import { renderDependencies } from './dependencies.js';
import { renderRtoMtd } from './rto-mtd.js';
import { renderTimeline } from './timeline.js';

/** The plan's pictures as inline SVG, ready for `{{charts.rtoMtd}}` in the site and the binder. */
export interface Charts {
  rtoMtd: Handlebars.SafeString;
  dependencies: Handlebars.SafeString;
  timeline: Handlebars.SafeString;
}

/**
 * Draws the three charts: RTO against MTD per scenario, the scenario → system → vendor diagram, and the exercise
 * time line. Deterministic (the same view gives the same bytes), inert (no script, no link, nothing fetched) and
 * self-contained (the font is named, not embedded: the page around the chart loads it).
 */
export async function renderCharts(view: ViewModel): Promise<Charts> {
  const rtoMtd = await renderRtoMtd(view);
  const dependencies = await renderDependencies(view);
  const timeline = await renderTimeline(view);
  return { rtoMtd, dependencies, timeline };
}
