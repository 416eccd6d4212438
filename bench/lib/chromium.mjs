import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LAUNCH_ARGS } from '../../lib/output/browser.js';
import { errorLine, runOnce } from './measure.mjs';

const PRINT_HTML = fileURLToPath(new URL('../print-html.mjs', import.meta.url));

/** The Chromium bcp would print with when nothing else is set up: PUPPETEER_EXECUTABLE_PATH, else Debian's. */
export function findChromium(log) {
  const candidates = [process.env.PUPPETEER_EXECUTABLE_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found)
    log('Chromium is not installed, so the PDF reference is skipped. Install it with `apt-get install chromium`.');
  return found;
}

/**
 * The bare command-line print of an HTML file: the same switches bcp launches Chromium with (browser.ts), tagged
 * (the CLI's default) and with an outline, as bcp's binder is, so that the two do the same work. No header or
 * footer: the CLI's own (date, title, URL) would be extra work bcp does not do.
 */
export function chromiumArgs(htmlFile, pdfFile, profileDir) {
  return [
    '--headless',
    ...LAUNCH_ARGS,
    `--user-data-dir=${profileDir}`,
    '--no-pdf-header-footer',
    '--generate-pdf-document-outline',
    `--print-to-pdf=${pdfFile}`,
    pathToFileURL(htmlFile).href,
  ];
}

/** Writes the binder's print HTML with bench/print-html.mjs in a process of its own (not timed). */
export async function printHtml(node, planDir, htmlFile, { env, cwd }) {
  const args = [PRINT_HTML, planDir, htmlFile, env.BCP_TODAY, env.SOURCE_DATE_EPOCH ?? ''];
  const result = await runOnce(node, args, { env, cwd });
  if (result.code === 0) return {};
  return { error: `could not render the print HTML: ${errorLine(result.stderr)}` };
}

/** The number of pages of a PDF, from poppler's pdfinfo when it is installed. */
export function pdfPages(file) {
  if (!existsSync(file)) return undefined;
  try {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]) || undefined;
  } catch {
    return undefined;
  }
}
