import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { htmlTree, htmlTreeCopy } from '../../src/render/html-tree.js';
import { markdownToHtml } from '../../src/render/markdown.js';
import { repoRoot } from '../helpers/paths.js';

const plans = ['plan', 'examples/accounting-firm', 'examples/cafe', 'examples/clinic'].map((p) =>
  path.join(repoRoot, p),
);

async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.md')).map((e) => path.join(e.parentPath, e.name));
}

/**
 * A tree as parsing its HTML would give it: no positions, adjacent texts joined, no false boolean attributes, and
 * `data-*` attributes written bare read as "" (which is how parse5 reads them).
 */
function asParsed(node: Nodes): unknown {
  // Neither where a node was in the text nor parse5's note on the document mode is part of the HTML.
  const rest = { ...node } as Nodes & { position?: unknown; data?: unknown };
  delete rest.position;
  delete rest.data;
  if (!('children' in rest)) return rest;
  const children: unknown[] = [];
  for (const child of rest.children as Nodes[]) {
    const previous = children.at(-1) as { type?: string; value?: string } | undefined;
    if (child.type === 'text' && previous?.type === 'text') previous.value += child.value;
    else children.push(asParsed(child));
  }
  if (rest.type !== 'element') return { ...rest, children };
  // A boolean attribute that is false (an unticked box's `checked`) is written as no attribute at all.
  const properties = Object.fromEntries(
    Object.entries(rest.properties)
      .filter(([, value]) => value !== false)
      .map(([name, value]) => [name, value === true && name.startsWith('data') ? '' : value]),
  );
  return { ...rest, properties, children };
}

describe('the tree remembered for HTML that bcp wrote from Markdown', () => {
  it('is the tree parsing that HTML gives, for every procedure of the example plans', async () => {
    const files = (await Promise.all(plans.map(markdownFiles))).flat();
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const html = markdownToHtml(await readFile(file, 'utf8'));
      expect(asParsed(htmlTree(html)), file).toEqual(asParsed(fromHtml(html, { fragment: true })));
    }
  });

  it('hands out a copy to change, and parses HTML it did not write', () => {
    const html = markdownToHtml('# Steps\n\n1. Call [the bank](https://example.com)\n');
    const copy = htmlTreeCopy(html);
    copy.children.length = 0;
    expect(htmlTree(html).children.length).toBeGreaterThan(0);
    const foreign: Root = htmlTree('<p>Not from <em>Markdown</em></p>');
    expect(asParsed(foreign)).toEqual(asParsed(fromHtml('<p>Not from <em>Markdown</em></p>', { fragment: true })));
  });
});
