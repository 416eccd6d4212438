import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { checkPlan } from '../../../src/pipeline/check.js';
import { writeFiles } from '../../../src/output/write-files.js';
import { renderSite } from '../../../src/render/site/render-site.js';
import type { SiteView } from '../../../src/render/view/site-view.js';
import { loadTemplates } from '../../../src/render/templates.js';
import { renderCharts } from '../../../src/render/charts/index.js';
import { buildViewModel, type ViewModel } from '../../../src/render/view/view-model.js';
import { repoRoot } from '../../helpers/paths.js';

export const examplePlan = path.join(repoRoot, 'plan');
export const TODAY = '2026-11-02';

/**
 * The view of a plan folder as the build makes it, charts included (no git facts: the commit would make the
 * bytes vary).
 */
export async function siteViewOf(planDir: string, options: { charts?: boolean } = {}): Promise<SiteView> {
  const view = await viewOf(planDir, TODAY);
  return { ...view, charts: options.charts === false ? null : await renderCharts(view) };
}

async function viewOf(planDir: string, today: string): Promise<ViewModel> {
  const result = await checkPlan(planDir, { today });
  if (!result.model) throw new Error(`${planDir} is not a valid plan: ${result.diagnostics[0]?.message}`);
  return buildViewModel(result.model, {
    today,
    generated: today,
    commit: null,
    revisions: [],
    diagnostics: result.diagnostics,
    paper: 'a4',
  });
}

export interface RenderedSite {
  /** The site folder `<tmp>/dist/site`, with stand-ins for the PDFs and `plan.ics` beside it, as in a build. */
  siteDir: string;
  files: string[];
}

const rendered: string[] = [];

/** Removes every folder renderPlanSite made: call it in afterAll. */
export async function removeRenderedSites(): Promise<void> {
  await Promise.all(rendered.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** Renders a plan's site into a fresh temporary folder laid out like dist/. */
export async function renderPlanSite(
  planDir = examplePlan,
  view?: SiteView,
  options: { charts?: boolean } = {},
): Promise<RenderedSite> {
  const temporary = await mkdtemp(path.join(os.tmpdir(), 'bcp-site-test-'));
  rendered.push(temporary);
  const dist = path.join(temporary, 'dist');
  const siteDir = path.join(dist, 'site');
  await mkdir(siteDir, { recursive: true });
  await writeFile(path.join(dist, 'binder.pdf'), '%PDF-1.7 stand-in\n');
  await writeFile(path.join(dist, 'plan.ics'), 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
  await writeFile(path.join(dist, 'cards.pdf'), '%PDF-1.7 stand-in\n');
  await writeFile(path.join(dist, 'extracts.pdf'), '%PDF-1.7 stand-in\n');
  const templates = await loadTemplates(planDir);
  const files = await renderSite(view ?? (await siteViewOf(planDir, options)), templates);
  await writeFiles(siteDir, files);
  return { siteDir, files: files.map((file) => file.path) };
}
