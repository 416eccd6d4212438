import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import Handlebars from 'handlebars';

/**
 * bcp's own templates compiled once, at `npm run compile` (scripts/compile-templates.mjs), into a CommonJS module
 * beside the compiled code, as the schemas are: a build otherwise compiles every template it uses (a tenth of a
 * second or more of a site build). Each template keeps the fingerprint of the source it was made from; a plan's
 * own template, or a module made from other sources, or none at all (the tests run the sources), is compiled at
 * run time as before.
 */

const require = createRequire(import.meta.url);

export const PRECOMPILED_FILE = 'templates.precompiled.cjs';

/**
 * How every template is compiled, ahead of time or at run time: the two must give the same pages. `preventIndent`:
 * Handlebars would otherwise re-indent every line a partial writes, which is slow on pages with large charts, and
 * changes the text of a `<pre>` block inside a partial.
 */
export const COMPILE_OPTIONS: CompileOptions = { strict: true, noEscape: false, preventIndent: true };

type CompileOptions = Parameters<typeof Handlebars.precompile>[1];

interface Precompiled {
  hash: string;
  spec: TemplateSpecification;
}

export type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

export function sourceHash(source: string): string {
  return createHash('sha256').update(source).digest('hex');
}

/** The source of the CommonJS module holding each template (by name: `site/index`, `partials/site-layout`). */
export function precompiledModule(sources: ReadonlyMap<string, string>): string {
  const entries = [...sources].map(
    ([name, source]) =>
      `  ${JSON.stringify(name)}: { hash: ${JSON.stringify(sourceHash(source))}, spec: ${Handlebars.precompile(source, COMPILE_OPTIONS)} },`,
  );
  return `module.exports = {\n${entries.join('\n')}\n};\n`;
}

let loaded: Record<string, Precompiled> | null | undefined;

/** The template compiled ahead of time from exactly this source, if there is one. */
export function precompiledSpec(name: string, source: string): TemplateSpecification | undefined {
  if (loaded === undefined) {
    const file = new URL(PRECOMPILED_FILE, import.meta.url);
    loaded = existsSync(file) ? (require(file.pathname) as Record<string, Precompiled>) : null;
  }
  const known = loaded?.[name];
  return known && known.hash === sourceHash(source) ? known.spec : undefined;
}
