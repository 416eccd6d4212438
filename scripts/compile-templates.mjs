// Part of `npm run compile`, after tsc: compiles bcp's Handlebars templates ahead of time into
// lib/render/templates.precompiled.cjs, so that no build compiles them at run time. Each template keeps the
// fingerprint of its source; lib/render/templates.js compiles any other source (a plan's own template) at run time.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const lib = (file) => new URL(`../lib/${file}`, import.meta.url).href;
const { precompiledModule, PRECOMPILED_FILE } = await import(lib('render/precompiled-templates.js'));
const root = fileURLToPath(new URL('../templates/', import.meta.url));

const sources = new Map();
for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.hbs')) continue;
  const relative = path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
  sources.set(relative.slice(0, -'.hbs'.length), await readFile(path.join(entry.parentPath, entry.name), 'utf8'));
}
await writeFile(new URL(PRECOMPILED_FILE, lib('render/')), precompiledModule(sources));
