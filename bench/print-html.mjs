#!/usr/bin/env node
// Writes the binder's print HTML for a plan, as `bcp build` renders it before handing it to Chromium:
// `node bench/print-html.mjs <planDir> <out.html> <today> [sourceDateEpoch]`. The benchmark prints this file
// with the bare Chromium command line, the floor for any Chromium-based PDF.
//
// The same two calls as writeBuild in src/build.ts (prepareBuild, then renderPrintHtml), which keeps the print
// HTML in a temporary folder of its own and deletes it. Keep the two in step when build changes.
import { writeFile } from 'node:fs/promises';

const lib = (file) => new URL(`../lib/${file}`, import.meta.url).href;

async function main([planDir, outFile, today, epoch]) {
  if (!planDir || !outFile || !today) {
    console.error('usage: node bench/print-html.mjs <planDir> <out.html> <today YYYY-MM-DD> [sourceDateEpoch]');
    return 2;
  }
  const { prepareBuild } = await import(lib('pipeline/build.js'));
  const { renderPrintHtml } = await import(lib('render/print/print-html.js'));
  const { fontDir } = await import(lib('render/fonts.js'));
  const sourceDateEpoch = epoch ? Number(epoch) : undefined;
  const { view, templates } = await prepareBuild(planDir, { today, paper: 'a4', sourceDateEpoch });
  await writeFile(outFile, renderPrintHtml(view, templates, { fontDir: fontDir() }));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
