import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fontDir } from '../fonts.js';

const require = createRequire(import.meta.url);

const FONT_PACKAGE = '@fontsource/atkinson-hyperlegible-next';
/** Regular, bold and italic: what the stylesheet uses. Latin only: the plan is written in English. */
const FONT_FILES = ['latin-400-normal', 'latin-700-normal', 'latin-400-italic'].map(
  (variant) => `atkinson-hyperlegible-next-${variant}.woff2`,
);

/** The typeface's files and licence, copied into the site: nothing is loaded from the network. */
export async function fontFiles(): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const name of FONT_FILES) {
    files.set(`assets/fonts/${name}`, await readFile(path.join(fontDir(), name)));
  }
  files.set('assets/fonts/LICENSE.txt', await readFile(require.resolve(`${FONT_PACKAGE}/LICENSE`)));
  return files;
}

/** MiniSearch's browser build (UMD, sets `window.MiniSearch`), with its licence notice. */
export async function miniSearchScript(): Promise<string> {
  const root = path.resolve(path.dirname(require.resolve('minisearch')), '..', '..');
  const { version } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { version: string };
  const code = await readFile(path.join(root, 'dist', 'umd', 'index.js'), 'utf8');
  return `/*! MiniSearch ${version} | MIT License | Copyright 2022 Luca Ongaro */\n${code}`;
}
