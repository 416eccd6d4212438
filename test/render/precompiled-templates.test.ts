import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { precompiledModule, sourceHash, type TemplateSpecification } from '../../src/render/precompiled-templates.js';
import { renderSite } from '../../src/render/site/render-site.js';
import { compileTemplates, loadTemplates, packageTemplates } from '../../src/render/templates.js';
import { renderPrintHtml } from '../../src/render/print/print-html.js';
import { examplePlan, siteViewOf } from './site/site-fixture.js';

const require = createRequire(import.meta.url);

async function bcpSources(): Promise<Map<string, string>> {
  const sources = new Map<string, string>();
  for (const entry of await readdir(packageTemplates, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.hbs')) continue;
    const file = path.join(entry.parentPath, entry.name);
    sources.set(
      path.relative(packageTemplates, file).split(path.sep).join('/').slice(0, -4),
      await readFile(file, 'utf8'),
    );
  }
  return sources;
}

/** The module `npm run compile` writes, written and loaded as it would be. */
async function precompiledTable(
  sources: Map<string, string>,
): Promise<Record<string, { hash: string; spec: TemplateSpecification }>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bcp-precompiled-'));
  try {
    const file = path.join(dir, 'templates.precompiled.cjs');
    await writeFile(file, precompiledModule(sources));
    return require(file) as Record<string, { hash: string; spec: TemplateSpecification }>;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('templates compiled ahead of time', () => {
  it('render the site and the binder byte for byte as templates compiled at run time', async () => {
    const sources = await bcpSources();
    const table = await precompiledTable(sources);
    let used = 0;
    const ahead = compileTemplates(sources, (name, source) => {
      const known = table[name];
      if (known?.hash !== sourceHash(source)) return undefined;
      used++;
      return known.spec;
    });
    const atRunTime = compileTemplates(sources, () => undefined);
    expect(used).toBe(sources.size);
    const base = await loadTemplates(examplePlan);
    const using = (set: typeof ahead) => ({
      ...base,
      render: (name: string, view: object) => (set.compiled.get(name) as (view: object) => string)(view),
    });
    const view = await siteViewOf(examplePlan);
    const site = async (set: typeof ahead) =>
      (await renderSite(view, using(set))).map((f) => [f.path, Buffer.from(f.bytes).toString('utf8')]);
    expect(await site(ahead)).toEqual(await site(atRunTime));
    const print = (set: typeof ahead): string => renderPrintHtml(view, using(set), { fontDir: '/fonts' });
    expect(print(ahead)).toBe(print(atRunTime));
  });

  it("is not used for a source it was not made from: a plan's own template", async () => {
    const sources = await bcpSources();
    const table = await precompiledTable(sources);
    const name = 'site/index';
    expect(table[name]?.hash).toBe(sourceHash(sources.get(name) as string));
    expect(table[name]?.hash).not.toBe(sourceHash(`${sources.get(name) as string}<!-- the owner's -->`));
  });
});
