import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { menuLinks, page, write } from './hugo.mjs';

/** Eleventy's command, from the devDependency (@11ty/eleventy 3.x): a Node.js peer of bcp's site build. */
const ELEVENTY = fileURLToPath(new URL('../../node_modules/@11ty/eleventy/cmd.cjs', import.meta.url));

export function findEleventy(log) {
  if (existsSync(ELEVENTY)) return ELEVENTY;
  log('Eleventy is not installed, so the Eleventy columns are skipped. Run `npm ci` (it is a devDependency).');
  return undefined;
}

export function eleventyVersion() {
  const file = new URL('../../node_modules/@11ty/eleventy/package.json', import.meta.url);
  return `Eleventy ${JSON.parse(readFileSync(file, 'utf8')).version}`;
}

/**
 * An Eleventy site of the same pages as the Hugo reference (hugo.mjs `sitePages`), with the same one layout: a
 * title, the menu, the page's Markdown. Markdown is not run through Liquid first (`markdownTemplateEngine: false`),
 * as Hugo does not template its content either. `_index` is the home page, as in Hugo.
 */
export async function writeEleventySite(siteDir, pages) {
  await rm(siteDir, { recursive: true, force: true });
  for (const [name, { title, body }] of pages) {
    const file = name === '_index' ? 'index.md' : `${name}.md`;
    await write(path.join(siteDir, 'src', file), page(title, body, 'layout: page.liquid\n'));
  }
  const head = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head>';
  const menu = menuLinks((name) => `/${name}/`);
  const layout = `${head}<body><nav>${menu}</nav><main><h1>{{ title }}</h1>{{ content }}</main></body></html>\n`;
  await write(path.join(siteDir, 'src', '_includes', 'page.liquid'), layout);
  await write(path.join(siteDir, 'eleventy.config.mjs'), CONFIG);
  return pages.size;
}

const CONFIG = `export const config = { markdownTemplateEngine: false, htmlTemplateEngine: 'liquid' };
`;

/** The arguments that build the site once, quietly; run with the site folder as the working directory. */
export function eleventyArgs(outDir) {
  return [ELEVENTY, '--config=eleventy.config.mjs', '--input=src', `--output=${outDir}`, '--quiet'];
}
