import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';

const require = createRequire(import.meta.url);

export interface OpenedPage {
  page: Page;
  /** Requests that would have left the site folder (blocked). */
  outside: string[];
  /** Console errors and warnings, uncaught exceptions and CSP violations. */
  problems: string[];
  /** Dialogs (alert, confirm) a script tried to open: none should. */
  dialogs: string[];
}

/**
 * Opens a page of a rendered site from file:// as someone with the USB stick would, with every request that
 * is not a file inside the site folder (or a data: URL) recorded and blocked.
 */
export async function openSitePage(
  browser: Browser,
  siteDir: string,
  file: string,
  options: { width?: number; height?: number; query?: string; javaScript?: boolean } = {},
): Promise<OpenedPage> {
  const siteUrl = pathToFileURL(siteDir).href + '/';
  const page = await browser.newPage();
  const opened: OpenedPage = { page, outside: [], problems: [], dialogs: [] };
  await page.setViewport({ width: options.width ?? 1280, height: options.height ?? 900 });
  if (options.javaScript === false) await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(siteUrl) || url.startsWith('data:')) {
      void request.continue();
    } else {
      opened.outside.push(url);
      void request.abort();
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') opened.problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => opened.problems.push(`error: ${String(error)}`));
  page.on('dialog', (dialog) => {
    opened.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // Added through the DevTools protocol, so the page's own CSP does not apply to this listener.
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      // Runs in the page: its console is what the test listens to.
      // eslint-disable-next-line no-console
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto(siteUrl + file + (options.query ?? ''), { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  return opened;
}

let axeSource: string | undefined;

/** Runs axe-core in the page (evaluated through DevTools, so the CSP does not block it) and returns the serious ones. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (options: object) => Promise<AxeResults> } }).axe;
    const results = await axe.run({ resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 3).map((node) => node.target.join(' ')),
    }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.targets.join(', ')}`);
}

interface AxeResults {
  violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
}
