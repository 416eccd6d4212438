import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Browser } from 'puppeteer-core';
import { checkPlan } from '../../../src/pipeline/check.js';
import { fontDir } from '../../../src/render/fonts.js';
import { printHeader } from '../../../src/render/print/header-footer.js';
import { renderPrintHtml, type PrintView } from '../../../src/render/print/print-html.js';
import { printPdf, type PrintPdfResult } from '../../../src/render/print/print-pdf.js';
import { loadTemplates } from '../../../src/render/templates.js';
import { buildViewModel } from '../../../src/render/view/view-model.js';
import { repoRoot } from '../../helpers/paths.js';

const run = promisify(execFile);

export const TODAY = '2026-11-02';
export const examplePlan = path.join(repoRoot, 'plan');
export const unsafePlan = path.join(repoRoot, 'test', 'fixtures', 'render', 'print-unsafe');

/** The view of a plan at TODAY, without charts (they are drawn elsewhere and may not be there). */
export async function planView(planDir: string, paper: 'a4' | 'letter' = 'a4'): Promise<PrintView> {
  const checked = await checkPlan(planDir, { today: TODAY });
  if (!checked.model) throw new Error(`${planDir} is not a valid plan`);
  const view = buildViewModel(checked.model, {
    today: TODAY,
    generated: TODAY,
    commit: { sha: '0123456789abcdef0123456789abcdef01234567', short: '0123456', date: '2026-11-01', dirty: false },
    revisions: [],
    diagnostics: checked.diagnostics,
    paper,
  });
  return { ...view, charts: null };
}

export interface Printed {
  dir: string;
  html: string;
  pdfFile: string;
  result: PrintPdfResult;
  view: PrintView;
}

/** Renders a plan's print HTML into a fresh temporary folder and prints it with the given browser. */
export async function printPlan(
  planDir: string,
  options: { paper?: 'a4' | 'letter'; browser: Browser; sourceDateEpoch?: number; view?: PrintView },
): Promise<Printed> {
  const paper = options.paper ?? 'a4';
  const view = options.view ?? (await planView(planDir, paper));
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bcp-print-test-'));
  const html = renderPrintHtml(view, await loadTemplates(planDir), { fontDir: fontDir() });
  const htmlFile = path.join(dir, 'binder.html');
  await writeFile(htmlFile, html);
  const pdfFile = path.join(dir, 'binder.pdf');
  const result = await printPdf({
    htmlFile,
    paper,
    header: printHeader(view),
    browser: options.browser,
    ...(options.sourceDateEpoch === undefined ? {} : { sourceDateEpoch: options.sourceDateEpoch }),
  });
  await writeFile(pdfFile, result.pdf);
  return { dir, html, pdfFile, result, view };
}

export async function poppler(tool: string, args: string[]): Promise<string> {
  const { stdout } = await run(tool, args, { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** The text of each page (pdftotext -layout separates pages with a form feed). */
export async function pageTexts(pdfFile: string): Promise<string[]> {
  const text = await poppler('pdftotext', ['-layout', pdfFile, '-']);
  return text.split('\f').slice(0, -1);
}

/** The PDF's bookmarks, flattened, with their depth (pdfinfo here has no -outline: pdf.js reads them). */
export async function bookmarks(pdfFile: string): Promise<{ title: string; depth: number }[]> {
  const task = getDocument({ data: new Uint8Array(await readFile(pdfFile)), isEvalSupported: false, verbosity: 0 });
  const document = await task.promise;
  try {
    type Item = { title: string; items: Item[] };
    const flat: { title: string; depth: number }[] = [];
    const walk = (items: Item[], depth: number): void => {
      for (const item of items) {
        flat.push({ title: item.title, depth });
        walk(item.items, depth + 1);
      }
    };
    walk(((await document.getOutline()) ?? []) as Item[], 0);
    return flat;
  } finally {
    await task.destroy();
  }
}

/** Whitespace collapsed: pdftotext -layout spreads words of one line over columns. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ');
}
