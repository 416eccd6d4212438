import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { registerHelpers } from './helpers.js';
import { COMPILE_OPTIONS, precompiledSpec, type TemplateSpecification } from './precompiled-templates.js';

/** The templates that ship with bcp. */
export const packageTemplates = fileURLToPath(new URL('../../templates/', import.meta.url));

/** A set of compiled templates and their assets, with the plan folder's overrides applied. */
export interface TemplateSet {
  /** Stands for every template and partial's source: equal fingerprints render equal pages from equal data. */
  fingerprint: string;
  /** Renders `templates/<name>.hbs` (e.g. `site/scenario`, `print/binder`) with the view. */
  render(name: string, view: object): string;
  /** Reads an asset (`assets/site.css`): the plan's own copy if it has one, else bcp's. */
  asset(name: string): Promise<Buffer>;
  /** Names of all assets under `assets/`, from bcp and from the plan's overrides. */
  assetNames(): Promise<string[]>;
}

/**
 * Loads bcp's templates, then lets files at the same path under `<planDir>/templates/` replace them: a user's
 * own cover page or stylesheet without forking bcp. Partials are every `.hbs` under `partials/`, by file name.
 * Compiled with `strict: true`, so a field missing from the view fails the build instead of printing a blank.
 */
export async function loadTemplates(planDir: string | undefined): Promise<TemplateSet> {
  const roots = [packageTemplates, ...(planDir ? [path.join(planDir, 'templates')] : [])];
  const files = new Map<string, string>();
  for (const root of roots) {
    for (const relative of await listFiles(root)) files.set(relative, path.join(root, relative));
  }
  const sources = new Map<string, string>();
  for (const [relative, file] of files) {
    if (relative.endsWith('.hbs')) sources.set(relative.slice(0, -'.hbs'.length), await readFile(file, 'utf8'));
  }
  const { compiled, fingerprint } = compileTemplates(sources);
  return {
    fingerprint,
    render(name, view) {
      const template = compiled.get(name);
      if (!template) throw new Error(`template ${name}.hbs is missing`);
      return template(view);
    },
    asset: (name) => {
      const file = files.get(`assets/${name}`);
      if (!file) throw new Error(`asset ${name} is missing`);
      return readFile(file);
    },
    assetNames: async () =>
      [...files.keys()]
        .filter((name) => name.startsWith('assets/'))
        .map((name) => name.slice('assets/'.length))
        .sort(),
  };
}

/** The templates compiled last time, and from what: watch mode loads them for every rebuild, and they rarely change. */
let last: Compiled | undefined;

export interface Compiled {
  key: string;
  fingerprint: string;
  compiled: Map<string, Handlebars.TemplateDelegate>;
}

/**
 * Compiles the pages with the partials registered. A new Handlebars environment per set of sources, so that one
 * plan's overrides never leak into another build; reused while the sources are the same, which also keeps the
 * partials Handlebars compiled on first use.
 */
export function compileTemplates(
  sources: Map<string, string>,
  compiledAhead: (name: string, source: string) => TemplateSpecification | undefined = precompiledSpec,
): Compiled {
  const key = JSON.stringify([...sources]);
  if (last?.key === key && compiledAhead === precompiledSpec) return last;
  const handlebars = Handlebars.create();
  registerHelpers(handlebars);
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  for (const [name, source] of sources) {
    const spec = compiledAhead(name, source);
    const ahead = spec && handlebars.template(spec);
    if (name.startsWith('partials/')) handlebars.registerPartial(name.slice('partials/'.length), ahead ?? source);
    else compiled.set(name, ahead ?? handlebars.compile(source, COMPILE_OPTIONS));
  }
  const made = { key, fingerprint: createHash('sha1').update(key).digest('hex'), compiled };
  if (compiledAhead === precompiledSpec) last = made;
  return made;
}

/**
 * The files under a templates folder. A plan without a `templates/` folder has no overrides; one that cannot be
 * read (permissions, a file named `templates`) is an error, not "no overrides": the build would quietly drop the
 * owner's cover page or stylesheet.
 */
async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    },
  );
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}
